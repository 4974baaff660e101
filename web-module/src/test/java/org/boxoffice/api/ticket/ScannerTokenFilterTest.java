package org.boxoffice.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.api.catalog.EventsResource;
import org.boxoffice.api.organizer.OrganizerEventsResource;
import org.junit.jupiter.api.Test;

class ScannerTokenFilterTest {

    @Test
    void scannerTokensReachOnlyTheEndpointsThatAllowTheirGroup() throws Exception {
        assertThat(ScannerTokenFilter.allowsScanners(
                        CheckinsResource.class.getMethod(
                                "checkIn", CheckinRequest.class, jakarta.ws.rs.core.HttpHeaders.class),
                        CheckinsResource.class))
                .isTrue();
        assertThat(ScannerTokenFilter.allowsScanners(
                        CheckinListResource.class.getMethod(
                                "checkinList",
                                String.class,
                                String.class,
                                String.class,
                                jakarta.ws.rs.core.HttpHeaders.class),
                        CheckinListResource.class))
                .isTrue();
        assertThat(ScannerTokenFilter.allowsScanners(
                        ScannerTokensResource.class.getMethod("list", String.class, String.class, String.class),
                        ScannerTokensResource.class))
                .isFalse();
        assertThat(ScannerTokenFilter.allowsScanners(
                        OrganizerEventsResource.class.getMethod("list", String.class, String.class),
                        OrganizerEventsResource.class))
                .isFalse();
        // a public read has no roles at all: not for scanner tokens either
        assertThat(ScannerTokenFilter.allowsScanners(
                        EventsResource.class.getMethod("event", String.class), EventsResource.class))
                .isFalse();
        assertThat(ScannerTokenFilter.allowsScanners(null, null))
                .as("no endpoint matched")
                .isTrue();
    }
}
