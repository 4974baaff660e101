package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.boxoffice.api.organizer.OrganizerVenuesResource;
import org.boxoffice.api.organizer.SeatChangeRequest;
import org.boxoffice.api.organizer.SectionRequest;
import org.boxoffice.api.organizer.VenuesResource;
import org.junit.jupiter.api.Test;

class RequestConstraintsTest {

    @Test
    void theRequestRecordsAreTheBodiesOfTheResourcesMethods() {
        assertThat(RequestConstraints.recordsOf(List.of(OrganizerVenuesResource.class, VenuesResource.class)))
                .containsEntry("SectionRequest", SectionRequest.class)
                .containsEntry("SeatChangeRequest", SeatChangeRequest.class)
                // path and query parameters, and what the resource answers, are no bodies
                .doesNotContainKey("String")
                .doesNotContainKey("VenueView");
    }
}
