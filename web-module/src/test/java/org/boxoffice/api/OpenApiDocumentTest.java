package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void aSharedOperationIdTakesTheWordsOfItsPathBesidesItsOwn() {
        assertThat(OpenApiDocument.withPathWords("list", "/api/v1/admin/accounts"))
                .isEqualTo("listAdminAccounts");
        assertThat(OpenApiDocument.withPathWords("cancel", "/api/v1/bookings/{bookingId}/cancel"))
                .isEqualTo("cancelBookings");
        assertThat(OpenApiDocument.withPathWords("seatMap", "/api/v1/organizer/venues/{venueId}/seat-map"))
                .isEqualTo("seatMapOrganizerVenues");
        assertThat(OpenApiDocument.withPathWords("charge", "/api/test-provider/v1/charges"))
                .isEqualTo("chargeTestProviderCharges");
    }
}
