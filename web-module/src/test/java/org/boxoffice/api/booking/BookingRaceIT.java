package org.boxoffice.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.customer;
import static org.boxoffice.it.Holds.hold;
import static org.boxoffice.it.Holds.itemsBody;
import static org.boxoffice.it.Holds.key;
import static org.boxoffice.it.Holds.seatsBody;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestData.SeatedEvent;
import org.junit.jupiter.api.Test;

/**
 * Many customers at once on real PostgreSQL over HTTP: no seat is held twice, no capacity is
 * oversold, overlapping requests never deadlock or hang. Every request ends with a booking (201)
 * or a conflict (409), and the inventory rows agree with the bookings.
 */
class BookingRaceIT {

    @Test
    void twoHundredClientsForTheLastHundredSeatsEndWithOneBookingPerSeat() throws Exception {
        SeatedEvent event = TestData.seatedEvent(TestData.unique("Final"), 10, 10, "PUBLISHED");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(customer());
        }

        List<HttpResponse<String>> answers = race(
                200,
                client -> hold(
                        tokens.get(client),
                        key(),
                        seatsBody(event.eventId(), event.seatIds().get(client % 100))));

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201))
                .hasSize(100);
        assertThat(TestData.text(
                        "select count(*) from event_seat where event_id = ? and status = 'HELD'", event.eventId()))
                .isEqualTo("100");
        assertThat(TestData.text(
                        "select count(distinct booking_id) from event_seat where event_id = ?", event.eventId()))
                .as("each seat its own booking")
                .isEqualTo("100");
        assertThat(TestData.text(
                        "select count(*) from booking_line l join booking b on b.id = l.booking_id"
                                + " where b.event_id = ? and b.status = 'HELD'",
                        event.eventId()))
                .isEqualTo("100");
    }

    @Test
    void sixtyFourClientsWithOverlappingSeatSetsNeverDeadlockNorShareASeat() throws Exception {
        SeatedEvent event = TestData.seatedEvent(TestData.unique("Overlap"), 4, 10, "PUBLISHED");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            tokens.add(customer());
        }

        List<HttpResponse<String>> answers = race(64, client -> {
            Random random = new Random(client);
            TreeSet<Long> seats = new TreeSet<>();
            int count = 1 + random.nextInt(6);
            while (seats.size() < count) {
                seats.add(event.seatIds().get(random.nextInt(event.seatIds().size())));
            }
            List<Long> shuffled = new ArrayList<>(seats);
            java.util.Collections.shuffle(shuffled, random); // any order the client likes
            return hold(tokens.get(client), key(), seatsBody(event.eventId(), shuffled.toArray(Long[]::new)));
        });

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
        assertThat(answers).noneSatisfy(answer -> assertThat(answer.body()).contains("deadlock"));
        long heldByBookings = answers.stream()
                .filter(answer -> answer.statusCode() == 201)
                .mapToLong(answer -> Http.json(answer).getInt("ticketCount"))
                .sum();
        assertThat(heldByBookings).isPositive();
        assertThat(Long.parseLong(TestData.text(
                        "select count(*) from event_seat where event_id = ? and status = 'HELD'", event.eventId())))
                .isEqualTo(heldByBookings);
        assertThat(TestData.text(
                        "select count(*) from (select l.seat_id from booking_line l join booking b"
                                + " on b.id = l.booking_id where b.event_id = ? and b.status = 'HELD'"
                                + " group by l.seat_id having count(*) > 1) twice",
                        event.eventId()))
                .as("seats in more than one booking")
                .isEqualTo("0");
    }

    @Test
    void generalAdmissionIsNeverSoldPastItsCapacity() throws Exception {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Festival"),
                TestData.unique("Town"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(9),
                "25.00",
                50);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(customer());
        }

        List<HttpResponse<String>> answers =
                race(100, client -> hold(tokens.get(client), key(), itemsBody(event, 1 + client % 3)));

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
        long sold = answers.stream()
                .filter(answer -> answer.statusCode() == 201)
                .mapToLong(answer -> Http.json(answer).getInt("ticketCount"))
                .sum();
        long taken = Long.parseLong(
                TestData.text("select sum(taken) from allotment where ticket_type_id = ?", event.ticketTypeId()));
        assertThat(taken).isEqualTo(sold).isLessThanOrEqualTo(50);
        assertThat(taken)
                .as("demand of about 200 places: all but a remainder too small for the last asks sold")
                .isGreaterThanOrEqualTo(48);
    }

    @Test
    void aHotGeneralAdmissionTypeSplitOverRowsIsNeverSoldPastItsCapacity() throws Exception {
        String token = Api.organizer(TestData.organisation(TestData.unique("Split Ltd")));
        String venue = Api.venue(token, TestData.unique("Split Hall"), TestData.unique("Splitcity"));
        long category = TestData.category(TestData.unique("Split"), TestData.unique("split"));
        HttpResponse<String> draft = Api.post(
                "/api/v1/events",
                "{\"venueId\":\"" + venue + "\",\"categoryId\":\"" + category + "\",\"title\":\""
                        + TestData.unique("Split")
                        + "\",\"startsAt\":\"2040-06-01T18:00:00Z\",\"endsAt\":\"2040-06-01T23:00\","
                        + "\"ticketTypes\":[{\"name\":\"Standing\",\"price\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},"
                        + "\"capacity\":300}]}",
                token);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String eventId = Http.json(draft).getString("id");
        String typeId =
                Http.json(draft).getJsonArray("ticketTypes").getJsonObject(0).getString("id");
        HttpResponse<String> published = Api.post("/api/v1/events/" + eventId + "/publish", "", token);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(TestData.count("select count(*) from allotment where ticket_type_id = ?", Long.parseLong(typeId)))
                .as("300 places: three rows of 100")
                .isEqualTo(3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(customer());
        }

        List<HttpResponse<String>> answers = race(
                200,
                client -> hold(
                        tokens.get(client),
                        key(),
                        "{\"eventId\":\"" + eventId + "\",\"items\":[{\"ticketTypeId\":\"" + typeId + "\",\"quantity\":"
                                + (1 + client % 3) + "}]}"));

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
        long sold = answers.stream()
                .filter(answer -> answer.statusCode() == 201)
                .mapToLong(answer -> Http.json(answer).getInt("ticketCount"))
                .sum();
        assertThat(TestData.count("select sum(taken) from allotment where ticket_type_id = ?", Long.parseLong(typeId)))
                .isEqualTo(sold)
                .isLessThanOrEqualTo(300)
                .as("demand of about 400 places: all but a remainder too small for the last asks sold")
                .isGreaterThanOrEqualTo(298);
        assertThat(TestData.count(
                        "select count(*) from allotment where ticket_type_id = ? and (taken > capacity or taken < 0)",
                        Long.parseLong(typeId)))
                .isZero();
        assertThat(TestData.count(
                        "select coalesce(sum(l.quantity), 0) from booking_line l join allotment a on a.id = l.allotment_id"
                                + " where a.ticket_type_id = ?",
                        Long.parseLong(typeId)))
                .as("the bookings' lines account for every place taken")
                .isEqualTo(sold);
    }

    @Test
    void holdExpiryRacingPaymentsNeverConfirmsAReleasedSeat() throws Exception {
        SeatedEvent event = TestData.seatedEvent(TestData.unique("Photo finish"), 2, 20, "PUBLISHED");
        int clients = 40;
        List<String> tokens = new ArrayList<>();
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(customer());
            HttpResponse<String> held = hold(
                    tokens.get(i),
                    key(),
                    seatsBody(event.eventId(), event.seatIds().get(i)));
            assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
            bookings.add(Http.json(held).getString("id"));
        }
        // every hold runs out at the same moment, 1.5 s from now; the payments start spread over the
        // 3 s around it, while the expiry timer runs every second
        TestData.execute(
                "update booking set expires_at = ? where event_id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).plusNanos(1_500_000_000L),
                event.eventId());

        List<HttpResponse<String>> answers = race(clients, client -> {
            try {
                Thread.sleep(client * 75L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CheckoutIT.pay(tokens.get(client), bookings.get(client), CheckoutIT.APPROVED);
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (TestData.count("select count(*) from booking where event_id = ? and status = 'HELD'", event.eventId())
                        > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        int confirmed = 0;
        int refused = 0;
        for (int client = 0; client < clients; client++) {
            HttpResponse<String> answer = answers.get(client);
            long booking = Long.parseLong(bookings.get(client));
            String status = TestData.text("select status from booking where id = ?", booking);
            long succeeded = TestData.count(
                    "select count(*) from payment where booking_id = ? and status = 'SUCCEEDED'", booking);
            long charged = CheckoutIT.providerCharges(bookings.get(client)).stream()
                    .filter(charge -> charge.getString("status").equals("succeeded"))
                    .count();
            long soldToIt =
                    TestData.count("select count(*) from event_seat where booking_id = ? and status = 'SOLD'", booking);
            if (answer.statusCode() == 200) {
                confirmed++;
                assertThat(status).as(answer.body()).isEqualTo("CONFIRMED");
                assertThat(succeeded).isEqualTo(1);
                assertThat(charged).isEqualTo(1);
                assertThat(soldToIt).isEqualTo(1);
            } else {
                refused++;
                Api.assertProblem(answer, 409, "booking.hold-expired");
                assertThat(status).isEqualTo("EXPIRED");
                assertThat(succeeded).as("nothing recorded as paid").isZero();
                assertThat(charged).as("nothing charged").isZero();
                assertThat(soldToIt).isZero();
            }
        }
        assertThat(confirmed).as("payments before the end of the hold").isPositive();
        assertThat(refused).as("payments after the end of the hold").isPositive();
        assertThat(TestData.count(
                        "select count(*) from event_seat where event_id = ? and status = 'SOLD'", event.eventId()))
                .isEqualTo(confirmed);
        assertThat(TestData.count(
                        "select count(*) from event_seat s join booking b on b.id = s.booking_id"
                                + " where s.event_id = ? and (s.status <> 'SOLD' or b.status <> 'CONFIRMED')",
                        event.eventId()))
                .as("no seat left with a booking that does not own it")
                .isZero();
        assertThat(TestData.count(
                        "select count(*) from event_seat where event_id = ? and status = 'FREE'", event.eventId()))
                .as("released seats are on sale again")
                .isEqualTo(40L - confirmed);
    }

    @Test
    void theSameRequestSentAgainWhileTheFirstIsHeldGetsTheFirstBooking() throws Exception {
        GaEvent standing = TestData.publishedEvent(
                TestData.unique("Gala"),
                TestData.unique("Town"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(9),
                "30.00",
                10);
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Opera"), 2, 5, "PUBLISHED");
        String customer = customer();
        String placesKey = key();
        String seatsKey = key();

        // a client's retries of one request, all in flight at once: places, then seats
        List<HttpResponse<String>> places = race(8, client -> hold(customer, placesKey, itemsBody(standing, 2)));
        List<HttpResponse<String>> seats = race(
                8,
                client -> hold(
                        customer,
                        seatsKey,
                        seatsBody(
                                seated.eventId(),
                                seated.seatIds().get(0),
                                seated.seatIds().get(1))));

        for (List<HttpResponse<String>> answers : List.of(places, seats)) {
            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201));
            assertThat(answers.stream().filter(answer -> answer.statusCode() == 201))
                    .as("one request held; every other got its booking")
                    .hasSize(1);
            assertThat(answers.stream()
                            .map(answer -> Http.json(answer).getString("id"))
                            .distinct())
                    .hasSize(1);
        }
        assertThat(TestData.text("select sum(taken) from allotment where ticket_type_id = ?", standing.ticketTypeId()))
                .isEqualTo("2");
        assertThat(TestData.text(
                        "select count(*) from event_seat where event_id = ? and status = 'HELD'", seated.eventId()))
                .isEqualTo("2");
        assertThat(TestData.text("select count(*) from booking where idempotency_key in (?, ?)", placesKey, seatsKey))
                .isEqualTo("2");
    }

    /** {@code clients} requests started together, each on its own thread; their answers. */
    private static List<HttpResponse<String>> race(int clients, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                Callable<HttpResponse<String>> task = () -> {
                    start.await();
                    return request.send(client);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(int client);
    }
}
