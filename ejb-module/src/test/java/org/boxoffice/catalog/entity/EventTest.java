package org.boxoffice.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
    void seatedTicketTypesSellSeatCategoriesAnywhereOrWithinASection() {
        Venue venue = venue();
        Section stalls = venue.addSeatedSection("Stalls", List.of("A", "B"), 10, "Standard");
        venue.addSeatedSection("Balcony", List.of("A"), 10, "Standard");
        Event event = draft(venue);

        TicketType premium = event.addSeatedTicketType("Premium", Money.of("120", "CHF"), null, " Premium ");
        TicketType stallsStandard = event.addSeatedTicketType("Stalls", Money.of("80", "CHF"), stalls, "Standard");

        assertThat(premium.isSeated()).isTrue();
        assertThat(premium.section()).isNull();
        assertThat(premium.seatCategory()).isEqualTo("Premium");
        assertThat(premium.seats()).isEqualTo("Premium");
        assertThat(stallsStandard.seats()).isEqualTo("Stalls · Standard");
        assertThat(event.ticketTypes()).containsExactly(premium, stallsStandard);
    }

    @Test
    void twoSeatedTicketTypesNeverSellTheSameSeat() {
        Venue venue = venue();
        Section stalls = venue.addSeatedSection("Stalls", List.of("A", "B"), 10, "Standard");
        Section balcony = venue.addSeatedSection("Balcony", List.of("A"), 10, "Standard");
        Event event = draft(venue);
        event.addSeatedTicketType("Stalls standard", Money.of("80", "CHF"), stalls, "Standard");

        // the same category in the whole venue covers the stalls' standard seats
        assertThatThrownBy(() -> event.addSeatedTicketType("Standard", Money.of("60", "CHF"), null, "Standard"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Stalls standard");
        // the whole section covers them too
        assertThatThrownBy(() -> event.addSeatedTicketType("All stalls", Money.of("60", "CHF"), stalls, null))
                .isInstanceOf(InvalidEventException.class);
        // another category of the same section, or the same category elsewhere, does not
        event.addSeatedTicketType("Stalls premium", Money.of("90", "CHF"), stalls, "Premium");
        event.addSeatedTicketType("Balcony", Money.of("40", "CHF"), balcony, null);
        assertThat(event.ticketTypes()).hasSize(3);
    }

    @Test
    void aSeatedTicketTypeNeedsASectionOrASeatCategory() {
        Event event = draft(venue());

        assertThatThrownBy(() -> event.addSeatedTicketType("Seats", Money.of("80", "CHF"), null, " "))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> event.addSeatedTicketType("Seats", Money.of("80", "CHF"), null, "x".repeat(31)))
                .isInstanceOf(InvalidEventException.class);
        assertThat(event.ticketTypes()).isEmpty();
    }

    @Test
    void aJourneyArrivesInItsOwnZone() {
        Venue venue = venue();
        ZoneId newYork = ZoneId.of("America/New_York");
        ZonedDateTime departure = evening();
        ZonedDateTime arrival = ZonedDateTime.of(2026, 12, 24, 23, 30, 0, 0, newYork);
        Event flight = new Event("LX 16", "", concerts(), venue, departure, arrival);

        List<FieldChange> changes = flight.route(Journey.of(" Zürich ", "New York JFK", "America/New_York", ZURICH));

        assertThat(changes).extracting(FieldChange::field).containsExactly("origin", "destination", "arrivalZone");
        assertThat(flight.journey()).contains(new Journey("Zürich", "New York JFK", newYork));
        assertThat(flight.startsAt()).isEqualTo(departure);
        assertThat(flight.endsAt()).isEqualTo(arrival);
        assertThat(flight.endsAt().getZone()).isEqualTo(newYork);
        assertThat(flight.route(null)).hasSize(3);
        assertThat(flight.journey()).isEmpty();
        assertThat(flight.endsAt().getZone()).isEqualTo(ZURICH);
    }

    @Test
    void aJourneyNeedsTwoDifferentPlacesAndAKnownZone() {
        assertThat(Journey.of(" ", null, null, ZURICH)).isNull();
        assertThat(Journey.of("Basel", "Bern", " ", ZURICH).arrivalZone()).isEqualTo(ZURICH);
        assertInvalid(() -> Journey.of("Basel", " ", null, ZURICH), "destination");
        assertInvalid(() -> Journey.of("Basel", "basel", null, ZURICH), "somewhere else");
        assertInvalid(() -> Journey.of("Basel", "Bern", "Mars/Olympus", ZURICH), "time zone");
        assertInvalid(() -> Journey.of(null, null, "Europe/Berlin", ZURICH), "for journeys");
        assertInvalid(() -> Journey.of("x".repeat(101), "Bern", null, ZURICH), "100");
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

    @Test
    void changeReturnsTheChangedFieldsWithOldAndNewValues() {
        Event event = draft(venue());
        Category theatre = new Category("Theatre", "theatre");

        List<FieldChange> changes = event.change(
                "Christmas Gala",
                "Carols and more",
                theatre,
                evening().plusHours(1),
                evening().plusHours(3),
                null,
                evening(),
                4,
                null,
                null);

        assertThat(changes)
                .containsExactly(
                        new FieldChange("description", "Carols", "Carols and more"),
                        new FieldChange("category", "concerts", "theatre"),
                        new FieldChange("startsAt", "2026-12-24T20:00:00+01:00", "2026-12-24T21:00:00+01:00"),
                        new FieldChange("endsAt", "2026-12-24T22:00:00+01:00", "2026-12-24T23:00:00+01:00"),
                        new FieldChange("salesEnd", null, "2026-12-24T20:00:00+01:00"),
                        new FieldChange("maxPerOrder", "10", "4"));
        assertThat(event.description()).isEqualTo("Carols and more");
        assertThat(event.category()).isSameAs(theatre);
        assertThat(event.startsAt()).isEqualTo(evening().plusHours(1));
        assertThat(event.salesStart()).isEmpty();
        assertThat(event.salesEnd()).contains(evening());
        assertThat(event.maxPerOrder()).isEqualTo(4);
    }

    @Test
    void changingNothingReportsNothing() {
        Event event = draft(venue());

        assertThat(event.change(
                        " Christmas Gala ",
                        "Carols",
                        event.category(),
                        evening().withZoneSameInstant(ZoneOffset.UTC),
                        evening().plusHours(2),
                        null,
                        null,
                        10,
                        null,
                        null))
                .isEmpty();
    }

    @Test
    void changeChecksEveryRuleBeforeChangingAnything() {
        Event event = draft(venue());
        Category category = event.category();
        ZonedDateTime start = evening();
        ZonedDateTime end = evening().plusHours(2);

        assertInvalid(() -> event.change("", "", category, start, end, null, null, 10, null, null), "title");
        assertInvalid(
                () -> event.change("x".repeat(201), "", category, start, end, null, null, 10, null, null), "title");
        assertInvalid(
                () -> event.change("Gala", "x".repeat(4001), category, start, end, null, null, 10, null, null),
                "description");
        assertInvalid(
                () -> event.change("Gala", "", category, start, start.minusHours(1), null, null, 10, null, null),
                "it must end after it starts");
        assertInvalid(
                () -> event.change("Gala", "", category, start, end, null, end.plusMinutes(1), 10, null, null),
                "sales must end by the end of the event");
        assertInvalid(
                () -> event.change(
                        "Gala", "", category, start, end, start.minusDays(1), start.minusDays(2), 10, null, null),
                "start before they end");
        assertInvalid(
                () -> event.change("Gala", "", category, start, end, start, null, 10, null, null),
                "start before the event starts");
        assertInvalid(() -> event.change("Gala", "", category, start, end, null, null, 0, null, null), "1 to 100");
        assertInvalid(() -> event.change("Gala", "", category, start, end, null, null, 101, null, null), "1 to 100");

        assertThat(event.title()).isEqualTo("Christmas Gala");
        assertThat(event.endsAt()).isEqualTo(end);
        assertThat(event.maxPerOrder()).isEqualTo(10);
    }

    @Test
    void aNewEventHasNoPerCustomerLimitAndCannotBeCancelledByCustomers() {
        Event event = draft(venue());

        assertThat(event.maxPerCustomer()).isNull();
        assertThat(event.cancellationHours()).isNull();
        assertThat(event.isCancellableByCustomersAt(evening().minusYears(1).toOffsetDateTime()))
                .isFalse();
    }

    @Test
    void aNewEventTakesItsBookingRules() {
        Event event =
                new Event("Gala", "", concerts(), venue(), evening(), evening().plusHours(2), null, null, 6, 8, 48);

        assertThat(event.maxPerOrder()).isEqualTo(6);
        assertThat(event.maxPerCustomer()).isEqualTo(8);
        assertThat(event.cancellationHours()).isEqualTo(48);
    }

    @Test
    void bookingRulesAreCheckedWhenCreated() {
        Venue venue = venue();
        ZonedDateTime start = evening();
        ZonedDateTime end = evening().plusHours(2);

        assertInvalid(
                () -> new Event("Gala", "", concerts(), venue, start, end, null, null, 10, 0, null), "maxPerCustomer");
        assertInvalid(
                () -> new Event("Gala", "", concerts(), venue, start, end, null, null, 10, null, -1),
                "cancellationHours");
    }

    @Test
    void thePerCustomerLimitIsOneToAThousandOrNone() {
        Event event = draft(venue());
        Category category = event.category();
        ZonedDateTime start = evening();
        ZonedDateTime end = evening().plusHours(2);

        assertInvalid(
                () -> event.change("Gala", "", category, start, end, null, null, 10, 0, null),
                "1 to 1000 tickets of the event (maxPerCustomer), not 0");
        assertInvalid(
                () -> event.change("Gala", "", category, start, end, null, null, 10, 1001, null),
                "(maxPerCustomer), not 1001");
        assertInvalid(() -> event.change("Gala", "", category, start, end, null, null, 10, -5, null), "maxPerCustomer");
        assertThat(event.maxPerCustomer()).isNull();

        event.change("Gala", "", category, start, end, null, null, 10, 1, null);
        assertThat(event.maxPerCustomer()).isEqualTo(1);
        event.change("Gala", "", category, start, end, null, null, 10, 1000, null);
        assertThat(event.maxPerCustomer()).isEqualTo(1000);
        event.change("Gala", "", category, start, end, null, null, 10, null, null);
        assertThat(event.maxPerCustomer()).isNull();
    }

    @Test
    void theCancellationPeriodIsZeroToAYearOrNone() {
        Event event = draft(venue());
        Category category = event.category();
        ZonedDateTime start = evening();
        ZonedDateTime end = evening().plusHours(2);

        assertInvalid(
                () -> event.change("Gala", "", category, start, end, null, null, 10, null, -1),
                "0 to 8760 hours before the start (cancellationHours), not -1");
        assertInvalid(
                () -> event.change("Gala", "", category, start, end, null, null, 10, null, 8761),
                "(cancellationHours), not 8761");
        assertThat(event.cancellationHours()).isNull();

        event.change("Gala", "", category, start, end, null, null, 10, null, 0);
        assertThat(event.cancellationHours()).isZero();
        event.change("Gala", "", category, start, end, null, null, 10, null, 8760);
        assertThat(event.cancellationHours()).isEqualTo(8760);
        event.change("Gala", "", category, start, end, null, null, 10, null, null);
        assertThat(event.cancellationHours()).isNull();
    }

    @Test
    void aBrokenBookingRuleChangesNothing() {
        Event event = draft(venue());

        assertInvalid(
                () -> event.change(
                        "Other title",
                        "",
                        event.category(),
                        evening(),
                        evening().plusHours(2),
                        null,
                        null,
                        4,
                        5,
                        9000),
                "cancellationHours");

        assertThat(event.title()).isEqualTo("Christmas Gala");
        assertThat(event.maxPerOrder()).isEqualTo(10);
        assertThat(event.maxPerCustomer()).isNull();
        assertThat(event.cancellationHours()).isNull();
    }

    @Test
    void bookingRuleChangesAreReportedWithOldAndNewValues() {
        Event event = draft(venue());
        event.addGeneralAdmissionTicketType("Standing", Money.of("49", "CHF"), 500);
        event.publish();

        List<FieldChange> set = event.change(
                "Christmas Gala",
                "Carols",
                event.category(),
                evening(),
                evening().plusHours(2),
                null,
                null,
                10,
                4,
                24);
        List<FieldChange> changed = event.change(
                "Christmas Gala",
                "Carols",
                event.category(),
                evening(),
                evening().plusHours(2),
                null,
                null,
                10,
                6,
                0);
        List<FieldChange> same = event.change(
                "Christmas Gala",
                "Carols",
                event.category(),
                evening(),
                evening().plusHours(2),
                null,
                null,
                10,
                6,
                0);
        List<FieldChange> removed = event.change(
                "Christmas Gala",
                "Carols",
                event.category(),
                evening(),
                evening().plusHours(2),
                null,
                null,
                10,
                null,
                null);

        assertThat(set)
                .containsExactly(
                        new FieldChange("maxPerCustomer", null, "4"), new FieldChange("cancellationHours", null, "24"));
        assertThat(changed)
                .containsExactly(
                        new FieldChange("maxPerCustomer", "4", "6"), new FieldChange("cancellationHours", "24", "0"));
        assertThat(same).isEmpty();
        assertThat(removed)
                .containsExactly(
                        new FieldChange("maxPerCustomer", "6", null), new FieldChange("cancellationHours", "0", null));
    }

    @Test
    void customersMayCancelUntilTheGivenHoursBeforeTheStart() {
        Event event =
                new Event("Gala", "", concerts(), venue(), evening(), evening().plusHours(2), null, null, 10, null, 48);
        OffsetDateTime deadline = evening().minusHours(48).toOffsetDateTime();

        assertThat(event.isCancellableByCustomersAt(deadline.minusDays(30))).isTrue();
        assertThat(event.isCancellableByCustomersAt(deadline.minusSeconds(1))).isTrue();
        // in another offset, the same instant
        assertThat(event.isCancellableByCustomersAt(
                        deadline.minusSeconds(1).withOffsetSameInstant(ZoneOffset.ofHours(-8))))
                .isTrue();
        assertThat(event.isCancellableByCustomersAt(deadline)).isFalse();
        assertThat(event.isCancellableByCustomersAt(deadline.plusHours(1))).isFalse();
        assertThat(event.isCancellableByCustomersAt(evening().plusHours(1).toOffsetDateTime()))
                .isFalse();
    }

    @Test
    void withZeroHoursCustomersMayCancelUntilTheStart() {
        Event event =
                new Event("Gala", "", concerts(), venue(), evening(), evening().plusHours(2), null, null, 10, null, 0);

        assertThat(event.isCancellableByCustomersAt(evening().minusMinutes(1).toOffsetDateTime()))
                .isTrue();
        assertThat(event.isCancellableByCustomersAt(evening().toOffsetDateTime()))
                .isFalse();
    }

    @Test
    void withoutCancellationHoursCustomersCannotCancel() {
        Event event =
                new Event("Gala", "", concerts(), venue(), evening(), evening().plusHours(2), null, null, 10, 4, null);

        assertThat(event.isCancellableByCustomersAt(evening().minusYears(1).toOffsetDateTime()))
                .isFalse();
    }

    @Test
    void aSalesWindowEndingWithTheEventIsFine() {
        Event event = draft(venue());

        event.change(
                "Gala",
                "",
                event.category(),
                evening(),
                evening().plusHours(2),
                evening().minusDays(30),
                evening().plusHours(2),
                100,
                null,
                null);

        assertThat(event.salesStart()).contains(evening().minusDays(30));
        assertThat(event.salesEnd()).contains(evening().plusHours(2));
    }

    @Test
    void aCancelledEventCannotBeChangedOrCancelledAgain() {
        Event event = draft(venue());
        event.addGeneralAdmissionTicketType("Standing", Money.of("49", "CHF"), 500);
        event.publish();

        event.cancel();

        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.isCancelled()).isTrue();
        assertThatThrownBy(() -> event.change(
                        "Gala", "", event.category(), evening(), evening().plusHours(2), null, null, 10, null, null))
                .isInstanceOfSatisfying(InvalidEventStateException.class, e -> assertThat(e.getMessage())
                        .contains("CANCELLED", "cannot be changed"));
        assertThatThrownBy(event::cancel).isInstanceOf(InvalidEventStateException.class);
        assertThat(event.title()).isEqualTo("Christmas Gala");
    }

    @Test
    void aPublishedEventCanStillBeChanged() {
        Event event = draft(venue());
        event.addGeneralAdmissionTicketType("Standing", Money.of("49", "CHF"), 500);
        event.publish();

        List<FieldChange> changes = event.change(
                "New Year Gala",
                "Carols",
                event.category(),
                evening(),
                evening().plusHours(2),
                null,
                null,
                10,
                null,
                null);

        assertThat(changes).containsExactly(new FieldChange("title", "Christmas Gala", "New Year Gala"));
    }

    @Test
    void pricesAreCheckedWithTheirCurrency() {
        assertThat(Event.price(new BigDecimal("49.5"), "EUR")).isEqualTo(Money.of("49.50", "EUR"));
        assertThat(Event.price(BigDecimal.ZERO, "JPY")).isEqualTo(Money.of("0", "JPY"));

        assertInvalid(() -> Event.price(new BigDecimal("-1"), "EUR"), "between 0 and");
        assertInvalid(() -> Event.price(new BigDecimal("1.005"), "EUR"), "at most 2 decimals");
        assertInvalid(() -> Event.price(new BigDecimal("1.5"), "JPY"), "at most 0 decimals");
        assertInvalid(() -> Event.price(BigDecimal.ONE, "XYZ"), "XYZ is not an ISO 4217 currency code");
        assertInvalid(() -> Event.price(null, "EUR"), "between 0 and");
    }

    @Test
    void aTicketTypeNeedsAName() {
        Event event = draft(venue());

        assertInvalid(() -> event.addGeneralAdmissionTicketType(" ", Money.of("1", "CHF"), 1), "name");
        assertInvalid(() -> event.addGeneralAdmissionTicketType("x".repeat(81), Money.of("1", "CHF"), 1), "name");
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.getMessage())
                .contains(reason));
    }

    @Test
    void anEventIncludesNoVatAndAcceptsEveryMethodUntilItsOrganizerSaysOtherwise() {
        Event event = draft(venue());

        assertThat(event.paymentTerms().vatRate()).hasToString("0.00");
        assertThat(event.paymentTerms().methods())
                .containsExactly(
                        org.boxoffice.payment.entity.PaymentMethod.CARD,
                        org.boxoffice.payment.entity.PaymentMethod.PAYPAL,
                        org.boxoffice.payment.entity.PaymentMethod.WALLET);
    }

    @Test
    void paymentTermsChangeFieldByField() {
        Event event = draft(venue());

        List<FieldChange> changes =
                event.changePaymentTerms(PaymentTerms.named(new BigDecimal("19"), List.of("card", " PAYPAL ")));

        assertThat(changes)
                .containsExactly(
                        new FieldChange("vatRate", "0.00", "19.00"),
                        new FieldChange("paymentMethods", "CARD,PAYPAL,WALLET", "CARD,PAYPAL"));
        assertThat(event.paymentTerms().accepts(org.boxoffice.payment.entity.PaymentMethod.WALLET))
                .isFalse();
        assertThatThrownBy(() -> event.paymentTerms().requireAccepts(org.boxoffice.payment.entity.PaymentMethod.WALLET))
                .isInstanceOf(PaymentMethodNotOfferedException.class)
                .hasMessageContaining("WALLET")
                .hasMessageContaining("CARD, PAYPAL");
        event.paymentTerms().requireAccepts(null);
        assertThat(event.changePaymentTerms(PaymentTerms.named(new BigDecimal("19.00"), List.of("PAYPAL", "CARD"))))
                .isEmpty();
    }

    @Test
    void paymentTermsRefuseARateOutsideZeroToHundredAndNoOrUnknownMethods() {
        for (String rate : List.of("100.001", "100.01", "-1", "7.125")) {
            assertThatThrownBy(() -> PaymentTerms.named(new BigDecimal(rate), null))
                    .as(rate)
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("vatRate");
        }
        assertThat(PaymentTerms.named(new BigDecimal("100"), null).vatRate()).hasToString("100.00");
        assertThatThrownBy(() -> PaymentTerms.named(null, List.of()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("paymentMethods");
        assertThatThrownBy(() -> PaymentTerms.named(null, List.of("CASH")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("CASH");
    }
}
