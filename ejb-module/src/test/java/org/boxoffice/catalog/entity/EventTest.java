package org.boxoffice.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static Venue venue() {
        return new Venue("Hallenstadion", "Wallisellenstrasse 45", "Zürich", ZURICH);
    }

    private static Category concerts() {
        return new Category("Concerts", "concerts");
    }

    private static ZonedDateTime evening() {
        return ZonedDateTime.of(2026, 12, 24, 20, 0, 0, 0, ZURICH);
    }

    private static Event draft(Venue venue) {
        return new Event(
                " Christmas Gala ",
                " Carols ",
                concerts(),
                venue,
                evening(),
                evening().plusHours(2));
    }

    @Test
    void aNewEventIsADraft() {
        Venue venue = venue();
        Event event = draft(venue);

        assertThat(event.title()).isEqualTo("Christmas Gala");
        assertThat(event.description()).isEqualTo("Carols");
        assertThat(event.venue()).isSameAs(venue);
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.isPublished()).isFalse();
        assertThat(event.ticketTypes()).isEmpty();
        assertThat(event.startsAt()).isEqualTo(evening());
        assertThat(event.endsAt()).isEqualTo(evening().plusHours(2));
    }

    @Test
    void aMissingDescriptionIsEmpty() {
        Event event = new Event(
                "Gala", null, concerts(), venue(), evening(), evening().plusHours(2));

        assertThat(event.description()).isEmpty();
    }

    @Test
    void mustEndAfterItStarts() {
        Venue venue = venue();

        assertThatThrownBy(() -> new Event(
                        "Gala", "", concerts(), venue, evening(), evening().minusMinutes(1)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                    assertThat(e.getMessage()).isEqualTo("The event cannot be saved: it must end after it starts");
                });
        assertThatThrownBy(() -> new Event("Gala", "", concerts(), venue, evening(), evening()))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void needsATitle() {
        Venue venue = venue();

        assertThatThrownBy(() -> new Event(
                        "  ", "", concerts(), venue, evening(), evening().plusHours(1)))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> new Event(
                        null, "", concerts(), venue, evening(), evening().plusHours(1)))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void timesGivenInAnotherZoneAreKeptInTheVenuesZone() {
        ZonedDateTime startUtc = ZonedDateTime.of(2026, 12, 24, 19, 0, 0, 0, ZoneOffset.UTC);
        ZonedDateTime endNewYork = ZonedDateTime.of(2026, 12, 24, 16, 0, 0, 0, ZoneId.of("America/New_York"));

        Event event = new Event("Gala", "", concerts(), venue(), startUtc, endNewYork);

        assertThat(event.startsAt().getZone()).isEqualTo(ZURICH);
        assertThat(event.startsAt().toInstant()).isEqualTo(startUtc.toInstant());
        assertThat(event.startsAt().toLocalTime()).hasHour(20).hasMinute(0);
        assertThat(event.endsAt().getZone()).isEqualTo(ZURICH);
        assertThat(event.endsAt().toInstant()).isEqualTo(endNewYork.toInstant());
        assertThat(event.endsAt().toLocalTime()).hasHour(22);
    }

    @Test
    void theVenuesZoneFollowsSummerTime() {
        ZonedDateTime juneUtc = ZonedDateTime.of(2026, 6, 21, 18, 30, 0, 0, ZoneOffset.UTC);

        Event event = new Event("Open air", "", concerts(), venue(), juneUtc, juneUtc.plusHours(3));

        assertThat(event.startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(event.startsAt().toLocalTime()).hasHour(20).hasMinute(30);
    }

    @Test
    void addsGeneralAdmissionTicketTypes() {
        Event event = draft(venue());

        TicketType standing = event.addGeneralAdmissionTicketType(" Standing ", Money.of("49.5", "CHF"), 500);

        assertThat(standing.name()).isEqualTo("Standing");
        assertThat(standing.event()).isSameAs(event);
        assertThat(standing.price()).isEqualTo(Money.of("49.50", "CHF"));
        assertThat(standing.capacity()).isEqualTo(500);
        assertThat(standing.isSeated()).isFalse();
        assertThat(standing.section()).isNull();
        assertThat(event.ticketTypes()).containsExactly(standing);
    }

    @Test
    void generalAdmissionNeedsACapacityOfAtLeastOne() {
        Event event = draft(venue());

        assertThatThrownBy(() -> event.addGeneralAdmissionTicketType("Standing", Money.of("10", "CHF"), 0))
                .isInstanceOf(InvalidEventException.class);
        assertThat(event.ticketTypes()).isEmpty();
    }

    @Test
    void ticketTypeNamesAreUniqueIgnoringCaseAndSpaces() {
        Event event = draft(venue());
        event.addGeneralAdmissionTicketType("Adult", Money.of("50", "CHF"), 100);

        assertThatThrownBy(() -> event.addGeneralAdmissionTicketType("Adult", Money.of("60", "CHF"), 10))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Adult");
        assertThatThrownBy(() -> event.addGeneralAdmissionTicketType(" adult ", Money.of("60", "CHF"), 10))
                .isInstanceOf(InvalidEventException.class);
        assertThat(event.ticketTypes()).hasSize(1);
    }

    @Test
    void addsSeatedTicketTypesForASeatedSectionOfItsVenue() {
        Venue venue = venue();
        Section stalls = venue.addSeatedSection("Stalls", List.of("A", "B"), 10, "Category 1");
        Event event = draft(venue);

        TicketType seated = event.addSeatedTicketType("Stalls", Money.of("80", "CHF"), stalls);

        assertThat(seated.isSeated()).isTrue();
        assertThat(seated.section()).isSameAs(stalls);
        assertThat(seated.capacity()).isNull();
        assertThat(event.ticketTypes()).containsExactly(seated);
    }

    @Test
    void aSeatedTicketTypeNeedsASeatedSection() {
        Venue venue = venue();
        Section floor = venue.addStandingSection("Floor", 1000);
        Event event = draft(venue);

        assertThatThrownBy(() -> event.addSeatedTicketType("Floor", Money.of("80", "CHF"), floor))
                .isInstanceOf(InvalidEventException.class);
        assertThat(event.ticketTypes()).isEmpty();
    }

    @Test
    void aSeatedTicketTypeNeedsASectionOfTheSameVenue() {
        Venue elsewhere = new Venue("Opernhaus", "Falkenstrasse 1", "Zürich", ZURICH);
        Section foreignStalls = elsewhere.addSeatedSection("Stalls", List.of("A"), 10, "Category 1");
        Event event = draft(venue());

        assertThatThrownBy(() -> event.addSeatedTicketType("Stalls", Money.of("80", "CHF"), foreignStalls))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Stalls");
        assertThat(event.ticketTypes()).isEmpty();
    }

    @Test
    void publishPutsADraftOnSale() {
        Event event = draft(venue());
        event.addGeneralAdmissionTicketType("Standing", Money.of("49", "CHF"), 500);

        event.publish();

        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.isPublished()).isTrue();
    }

    @Test
    void cannotBePublishedWithoutTicketTypes() {
        Event event = draft(venue());

        assertThatThrownBy(event::publish).isInstanceOf(InvalidEventException.class);
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void cannotBePublishedTwice() {
        Event event = draft(venue());
        event.addGeneralAdmissionTicketType("Standing", Money.of("49", "CHF"), 500);
        event.publish();

        assertThatThrownBy(event::publish).isInstanceOfSatisfying(InvalidEventStateException.class, e -> {
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
            assertThat(e.getMessage()).contains("PUBLISHED", "cannot be published");
        });
        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void ticketTypesCannotBeAddedOncePublished() {
        Venue venue = venue();
        Section stalls = venue.addSeatedSection("Stalls", List.of("A"), 10, "Category 1");
        Event event = draft(venue);
        event.addGeneralAdmissionTicketType("Standing", Money.of("49", "CHF"), 500);
        event.publish();

        assertThatThrownBy(() -> event.addGeneralAdmissionTicketType("Late", Money.of("59", "CHF"), 10))
                .isInstanceOf(InvalidEventStateException.class)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> event.addSeatedTicketType("Stalls", Money.of("80", "CHF"), stalls))
                .isInstanceOf(InvalidEventStateException.class);
        assertThat(event.ticketTypes()).hasSize(1);
    }

    @Test
    void ticketTypesCannotBeChangedFromOutside() {
        Event event = draft(venue());

        assertThatThrownBy(() -> event.ticketTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
