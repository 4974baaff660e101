package org.boxoffice.venue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class VenueTest {

    private static Venue venue() {
        return new Venue(" Tonhalle ", " Claridenstrasse 7 ", " Zürich ", ZoneId.of("Europe/Zurich"));
    }

    @Test
    void keepsItsDetailsStripped() {
        Venue venue = venue();

        assertThat(venue.name()).isEqualTo("Tonhalle");
        assertThat(venue.address()).isEqualTo("Claridenstrasse 7");
        assertThat(venue.city()).isEqualTo("Zürich");
        assertThat(venue.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(venue.sections()).isEmpty();
    }

    @Test
    void aSeatedSectionHasRowsTimesSeats() {
        Venue venue = venue();

        Section stalls = venue.addSeatedSection(" Stalls ", List.of("A", "B", "C"), 4, "Category 1");

        assertThat(stalls.name()).isEqualTo("Stalls");
        assertThat(stalls.venue()).isSameAs(venue);
        assertThat(stalls.isSeated()).isTrue();
        assertThat(stalls.kind()).isEqualTo(Section.Kind.SEATED);
        assertThat(stalls.capacity()).isEqualTo(12);
        assertThat(stalls.seats()).hasSize(12).allSatisfy(seat -> {
            assertThat(seat.section()).isSameAs(stalls);
            assertThat(seat.category()).isEqualTo("Category 1");
        });
        assertThat(stalls.seats())
                .extracting(Seat::rowLabel, Seat::number)
                .containsExactly(
                        tuple("A", 1),
                        tuple("A", 2),
                        tuple("A", 3),
                        tuple("A", 4),
                        tuple("B", 1),
                        tuple("B", 2),
                        tuple("B", 3),
                        tuple("B", 4),
                        tuple("C", 1),
                        tuple("C", 2),
                        tuple("C", 3),
                        tuple("C", 4));
        assertThat(venue.sections()).containsExactly(stalls);
    }

    @Test
    void rowLabelsMustBeUnique() {
        Venue venue = venue();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> venue.addSeatedSection("Stalls", List.of("A", "B", "A"), 10, "Category 1"))
                .withMessageContaining("unique");
        assertThat(venue.sections()).isEmpty();
    }

    @Test
    void aSeatedSectionNeedsAtLeastOneSeat() {
        Venue venue = venue();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> venue.addSeatedSection("Stalls", List.of(), 10, "Category 1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> venue.addSeatedSection("Stalls", List.of("A"), 0, "Category 1"));
        assertThat(venue.sections()).isEmpty();
    }

    @Test
    void aStandingSectionHasACapacityAndNoSeats() {
        Venue venue = venue();

        Section floor = venue.addStandingSection("Floor", 800);

        assertThat(floor.isSeated()).isFalse();
        assertThat(floor.kind()).isEqualTo(Section.Kind.GENERAL_ADMISSION);
        assertThat(floor.capacity()).isEqualTo(800);
        assertThat(floor.seats()).isEmpty();
        assertThat(floor.venue()).isSameAs(venue);
    }

    @Test
    void aStandingSectionNeedsACapacityOfAtLeastOne() {
        Venue venue = venue();

        assertThatIllegalArgumentException().isThrownBy(() -> venue.addStandingSection("Floor", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> venue.addStandingSection("Floor", -5));
        assertThat(venue.addStandingSection("Floor", 1).capacity()).isEqualTo(1);
    }

    @Test
    void sectionsAndSeatsCannotBeChangedFromOutside() {
        Venue venue = venue();
        Section stalls = venue.addSeatedSection("Stalls", List.of("A"), 2, "Category 1");

        assertThatThrownBy(() -> venue.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> stalls.seats().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
