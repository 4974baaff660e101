package org.boxoffice.venue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VenuePlanTest {

    @Test
    void rowsAreLabelledLikeTicketsAfterZComesAa() {
        assertThat(VenuePlan.rowLabels(3)).containsExactly("A", "B", "C");
        assertThat(VenuePlan.rowLabels(28)).endsWith("Z", "AA", "AB");
        assertThat(VenuePlan.rowLabels(200)).doesNotHaveDuplicates().last().isEqualTo("GR");
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertRule(() -> VenuePlan.rowLabels(0), "venue.invalid.rows");
        assertRule(() -> VenuePlan.rowLabels(201), "venue.invalid.rows");
        assertRule(() -> VenuePlan.seatsPerRow(201), "venue.invalid.seats");
        assertRule(() -> VenuePlan.zone("Mars/Olympus"), "venue.invalid.zone");
        assertRule(() -> VenuePlan.text(" ", 10, "name"), "venue.invalid.name");
        assertRule(() -> VenuePlan.fits(49_990, 11), "venue.invalid.too-large");
        assertThat(VenuePlan.zone(" Europe/Berlin ").getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aVenueIsKeptByItsOrganisationOnly() {
        Venue venue = Venue.of(7L, "Elbe Hall", "1 Quay", "Hamburg", "Europe/Berlin");
        venue.addSeatedSection("Stalls", VenuePlan.rowLabels(2), 3, "Standard");

        assertThat(venue.isKeptBy(7L)).isTrue();
        assertThat(venue.isKeptBy(8L)).isFalse();
        assertThat(venue.seatCount()).isEqualTo(6);
        assertThat(venue.hasSection(" stalls ")).isTrue();
    }

    private static void assertRule(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOf(InvalidVenueException.class)
                .extracting(e -> ((InvalidVenueException) e).code())
                .isEqualTo(code);
    }
}
