package org.boxoffice.inventory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Venue;
import org.junit.jupiter.api.Test;

class AllotmentTest {

    private static TicketType standing() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Venue venue = new Venue("Columbiahalle", "Columbiadamm 13", "Berlin", zone);
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 20, 20, 0, 0, 0, zone);
        Event event = new Event("Tour", "", new Category("Concerts", "concerts"), venue, start, start.plusHours(3));
        return event.addGeneralAdmissionTicketType("Standing", Money.of("45", "EUR"), 100);
    }

    @Test
    void startsWithEverythingAvailable() {
        TicketType type = standing();
        Allotment allotment = new Allotment(type, 10);

        assertThat(allotment.ticketType()).isSameAs(type);
        assertThat(allotment.capacity()).isEqualTo(10);
        assertThat(allotment.taken()).isZero();
        assertThat(allotment.available()).isEqualTo(10);
    }

    @Test
    void takeCountsWhatIsTaken() {
        Allotment allotment = new Allotment(standing(), 10);

        allotment.take(3);
        allotment.take(7);

        assertThat(allotment.taken()).isEqualTo(10);
        assertThat(allotment.available()).isZero();
    }

    @Test
    void takeIsAllOrNone() {
        Allotment allotment = new Allotment(standing(), 10);
        allotment.take(8);

        assertThatThrownBy(() -> allotment.take(3)).isInstanceOfSatisfying(SoldOutException.class, e -> {
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
            assertThat(e.getMessage()).isEqualTo("Only 2 of the 3 tickets asked for are left.");
        });
        assertThat(allotment.taken()).isEqualTo(8);
        assertThat(allotment.available()).isEqualTo(2);
    }

    @Test
    void anEmptyAllotmentIsSoldOut() {
        Allotment allotment = new Allotment(standing(), 0);

        assertThatThrownBy(() -> allotment.take(1)).isInstanceOf(SoldOutException.class);
    }

    @Test
    void rejectsQuantitiesBelowOne() {
        Allotment allotment = new Allotment(standing(), 10);

        assertThatThrownBy(() -> allotment.take(0)).isInstanceOfSatisfying(InvalidQuantityException.class, e -> {
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
            assertThat(e.getMessage()).isEqualTo("The quantity must be at least 1, not 0.");
        });
        assertThatThrownBy(() -> allotment.take(-2)).isInstanceOf(InvalidQuantityException.class);
        assertThat(allotment.taken()).isZero();
    }

    @Test
    void releaseGivesTicketsBack() {
        Allotment allotment = new Allotment(standing(), 10);
        allotment.take(10);

        allotment.release(4);

        assertThat(allotment.taken()).isEqualTo(6);
        assertThat(allotment.available()).isEqualTo(4);
        allotment.take(4);
        assertThat(allotment.available()).isZero();
    }

    @Test
    void releaseCannotGiveBackMoreThanWasTaken() {
        Allotment allotment = new Allotment(standing(), 10);
        allotment.take(2);

        assertThatIllegalArgumentException().isThrownBy(() -> allotment.release(3));
        assertThatIllegalArgumentException().isThrownBy(() -> allotment.release(0));
        assertThatIllegalArgumentException().isThrownBy(() -> allotment.release(-1));
        assertThat(allotment.taken()).isEqualTo(2);
    }

    @Test
    void capacityCannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Allotment(standing(), -1));
    }
}
