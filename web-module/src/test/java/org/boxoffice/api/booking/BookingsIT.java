package org.boxoffice.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.customer;
import static org.boxoffice.it.Holds.hold;
import static org.boxoffice.it.Holds.itemsBody;
import static org.boxoffice.it.Holds.key;
import static org.boxoffice.it.Holds.seatsBody;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestData.SeatedEvent;
import org.junit.jupiter.api.Test;

/** Holding seats and places over HTTP: the answers, the refusals, idempotency, and expiry. */
class BookingsIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void seatsAndPlacesAreHeldForTenMinutesAtTheirPrices() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Quartet"), 2, 5, "PUBLISHED");
        String customer = customer();

        HttpResponse<String> held = hold(
                customer,
                key(),
                "{\"eventId\":\"" + seated.eventId() + "\",\"seats\":[\""
                        + seated.seatIds().get(1) + "\",\"" + seated.seatIds().get(0) + "\"]}");

        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        JsonObject booking = Http.json(held);
        assertThat(held.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/v1/bookings/" + booking.getString("id"));
        assertThat(booking.getString("status")).isEqualTo("HELD");
        assertThat(booking.getJsonObject("total").getString("amount")).isEqualTo("84.00");
        assertThat(booking.getJsonObject("total").getString("currency")).isEqualTo("EUR");
        assertThat(booking.getInt("ticketCount")).isEqualTo(2);
        OffsetDateTime created = OffsetDateTime.parse(booking.getString("createdAt"));
        assertThat(OffsetDateTime.parse(booking.getString("expiresAt"))).isEqualTo(created.plusMinutes(10));
        assertThat(TestData.text(
                        "select count(*) from event_seat where event_id = ? and status = 'HELD' and booking_id = ?",
                        seated.eventId(),
                        Long.parseLong(booking.getString("id"))))
                .isEqualTo("2");

        GaEvent standing =
                TestData.publishedEvent(TestData.unique("Rave"), TestData.unique("Town"), IN_A_MONTH, "15.50", 20);
        JsonObject places = Http.json(hold(
                customer,
                key(),
                "{\"eventId\":\"" + standing.eventId() + "\",\"items\":[{\"ticketTypeId\":\"" + standing.ticketTypeId()
                        + "\",\"quantity\":3}]}"));
        assertThat(places.getJsonObject("total").getString("amount")).isEqualTo("46.50");
        assertThat(places.getJsonArray("lines").getJsonObject(0).getInt("quantity"))
                .isEqualTo(3);
        assertThat(TestData.text("select taken from allotment where id = ?", standing.allotmentId()))
                .isEqualTo("3");

        JsonObject read = Http.json(Http.getWithToken(Api.uri("/api/v1/bookings/" + places.getString("id")), customer));
        assertThat(read.getString("status")).isEqualTo("HELD");
        Api.assertProblem(
                Http.getWithToken(Api.uri("/api/v1/bookings/" + places.getString("id")), customer()),
                404,
                "booking.unknown");
    }

    @Test
    void aTakenSeatIsAConflictNamingItAndNothingOfTheRequestIsHeld() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Sonata"), 1, 4, "PUBLISHED");
        List<Long> seats = seated.seatIds();
        assertThat(hold(customer(), key(), seatsBody(seated.eventId(), seats.get(2)))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> refused = hold(customer(), key(), seatsBody(seated.eventId(), seats.get(1), seats.get(2)));

        Api.assertProblem(refused, 409, "inventory.seats-unavailable");
        assertThat(Http.json(refused).getJsonArray("seats").getJsonNumber(0).longValue())
                .isEqualTo(seats.get(2));
        assertThat(Http.json(refused).getString("detail")).contains("Stalls A 3");
        assertThat(TestData.text(
                        "select status from event_seat where event_id = ? and seat_id = ?",
                        seated.eventId(),
                        seats.get(1)))
                .as("all or nothing")
                .isEqualTo("FREE");
    }

    @Test
    void badRequestsAreClearProblemsAndHoldNothing() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Trio"), 1, 3, "PUBLISHED");
        SeatedEvent other = TestData.seatedEvent(TestData.unique("Duo"), 1, 3, "PUBLISHED");
        SeatedEvent draft = TestData.seatedEvent(TestData.unique("Draft"), 1, 3, "DRAFT");
        GaEvent standing =
                TestData.publishedEvent(TestData.unique("Gig"), TestData.unique("Town"), IN_A_MONTH, "10.00", 5);
        String customer = customer();

        Api.assertProblem(
                hold(customer, key(), seatsBody(draft.eventId(), draft.seatIds().get(0))),
                404,
                "catalog.unknown-event");
        Api.assertProblem(
                hold(customer, key(), "{\"eventId\":\"no-such\",\"seats\":[\"1\"]}"), 404, "catalog.unknown-event");
        // no ticket types to read the event with: the event alone is read, and refused all the same
        long untyped =
                TestData.draftEventIn(TestData.category(TestData.unique("Empty"), TestData.unique("empty")), "Untyped");
        Api.assertProblem(
                hold(customer, key(), "{\"eventId\":\"" + untyped + "\",\"seats\":[\"1\"]}"),
                404,
                "catalog.unknown-event");
        Api.assertProblem(
                hold(customer, key(), "{\"eventId\":\"999999999\",\"seats\":[\"1\"]}"), 404, "catalog.unknown-event");
        Api.assertProblem(
                hold(
                        customer,
                        key(),
                        seatsBody(seated.eventId(), other.seatIds().get(0))),
                422,
                "inventory.unknown-seats");
        Api.assertProblem(
                hold(customer, key(), "{\"eventId\":\"" + seated.eventId() + "\"}"), 422, "booking.invalid.no-lines");
        Api.assertProblem(hold(customer, key(), itemsBody(standing, 0)), 422, "inventory.invalid-quantity");
        Api.assertProblem(hold(customer, key(), itemsBody(standing, 11)), 422, "booking.over-limit");
        Api.assertProblem(hold(customer, key(), itemsBody(standing, 6)), 409, "inventory.sold-out");
        Api.assertProblem(
                hold(
                        customer,
                        key(),
                        "{\"eventId\":\"" + seated.eventId() + "\",\"items\":[{\"ticketTypeId\":\""
                                + seated.ticketTypeId() + "\",\"quantity\":1}]}"),
                422,
                "booking.seated-ticket-type");
        Api.assertProblem(
                hold(
                        customer,
                        key(),
                        "{\"eventId\":\"" + seated.eventId() + "\",\"items\":[{\"ticketTypeId\":\""
                                + standing.ticketTypeId() + "\",\"quantity\":1}]}"),
                422,
                "booking.unknown-ticket-type");
        TestData.execute("update event set sales_start = ? where id = ?", IN_A_MONTH.minusDays(1), standing.eventId());
        Api.assertProblem(hold(customer, key(), itemsBody(standing, 1)), 409, "booking.not-on-sale");
        assertThat(Api.post("/api/v1/bookings", itemsBody(standing, 1), null).statusCode())
                .isEqualTo(401);

        assertThat(TestData.text("select taken from allotment where id = ?", standing.allotmentId()))
                .isEqualTo("0");
        assertThat(TestData.text(
                        "select count(*) from event_seat where event_id in (?, ?) and status <> 'FREE'",
                        seated.eventId(),
                        other.eventId()))
                .isEqualTo("0");
    }

    @Test
    void theSameKeyAndRequestGiveTheFirstBookingAndHoldNothingMore() {
        GaEvent standing =
                TestData.publishedEvent(TestData.unique("Club"), TestData.unique("Town"), IN_A_MONTH, "10.00", 10);
        String customer = customer();
        String key = key();

        HttpResponse<String> first = hold(customer, key, itemsBody(standing, 2));
        HttpResponse<String> again = hold(customer, key, itemsBody(standing, 2));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Http.json(again).getString("id")).isEqualTo(Http.json(first).getString("id"));
        assertThat(TestData.text("select taken from allotment where id = ?", standing.allotmentId()))
                .isEqualTo("2");
        Api.assertProblem(hold(customer, key, itemsBody(standing, 3)), 422, "booking.idempotency-key.reused");
        Api.assertProblem(hold(customer, null, itemsBody(standing, 1)), 422, "booking.idempotency-key.missing");
        Api.assertProblem(hold(customer, "with space", itemsBody(standing, 1)), 422, "booking.idempotency-key.invalid");
        assertThat(hold(customer(), key, itemsBody(standing, 1)).statusCode())
                .as("keys are each customer's own")
                .isEqualTo(201);
    }

    @Test
    void aRepeatGetsTheFirstBookingThoughItsSeatsAreTakenAndItsTypeSoldOutSince() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Duo"), 1, 3, "PUBLISHED");
        GaEvent tiny =
                TestData.publishedEvent(TestData.unique("Cellar"), TestData.unique("Town"), IN_A_MONTH, "8.00", 2);
        String customer = customer();
        String seatsKey = key();
        String placesKey = key();
        String seats = seatsBody(
                seated.eventId(), seated.seatIds().get(0), seated.seatIds().get(1));

        HttpResponse<String> firstSeats = hold(customer, seatsKey, seats);
        HttpResponse<String> firstPlaces = hold(customer, placesKey, itemsBody(tiny, 2));
        // the seats are the first request's now, and the type has no place left
        HttpResponse<String> againSeats = hold(customer, seatsKey, seats);
        HttpResponse<String> againPlaces = hold(customer, placesKey, itemsBody(tiny, 2));

        assertThat(firstSeats.statusCode()).as(firstSeats.body()).isEqualTo(201);
        assertThat(firstPlaces.statusCode()).as(firstPlaces.body()).isEqualTo(201);
        assertThat(againSeats.statusCode()).as(againSeats.body()).isEqualTo(200);
        assertThat(againPlaces.statusCode()).as(againPlaces.body()).isEqualTo(200);
        assertThat(Http.json(againSeats).getString("id"))
                .isEqualTo(Http.json(firstSeats).getString("id"));
        assertThat(Http.json(againPlaces).getString("id"))
                .isEqualTo(Http.json(firstPlaces).getString("id"));
        Api.assertProblem(
                hold(
                        customer,
                        seatsKey,
                        seatsBody(seated.eventId(), seated.seatIds().get(2))),
                422,
                "booking.idempotency-key.reused");
        assertThat(TestData.text(
                        "select count(*) from event_seat where event_id = ? and status = 'HELD'", seated.eventId()))
                .as("the third seat still free")
                .isEqualTo("2");
        Api.assertProblem(hold(customer(), key(), itemsBody(tiny, 1)), 409, "inventory.sold-out");
    }

    @Test
    void anExpiredHoldEndsByItselfAndItsSeatsAndPlacesAreOnSaleAgain() throws InterruptedException {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Recital"), 1, 2, "PUBLISHED");
        JsonObject booking = Http.json(hold(
                customer(), key(), seatsBody(seated.eventId(), seated.seatIds().get(0))));
        long id = Long.parseLong(booking.getString("id"));

        TestData.execute(
                "update booking set created_at = created_at - interval '11 minutes',"
                        + " expires_at = expires_at - interval '11 minutes' where id = ?",
                id);

        String status = "HELD";
        for (int i = 0; i < 100 && status.equals("HELD"); i++) {
            Thread.sleep(100);
            status = TestData.text("select status from booking where id = ?", id);
        }
        assertThat(status).isEqualTo("EXPIRED");
        assertThat(TestData.text(
                        "select status || ':' || coalesce(cast(booking_id as varchar), '-') from event_seat"
                                + " where event_id = ? and seat_id = ?",
                        seated.eventId(),
                        seated.seatIds().get(0)))
                .isEqualTo("FREE:-");
        assertThat(hold(
                                customer(),
                                key(),
                                seatsBody(seated.eventId(), seated.seatIds().get(0)))
                        .statusCode())
                .isEqualTo(201);
    }
}
