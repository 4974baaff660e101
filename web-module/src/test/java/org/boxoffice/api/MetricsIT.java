package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.PrometheusText;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The application's metrics in {@code /metrics}, read as Prometheus reads them: the business
 * counters move by exactly what the API did, the booking and catalog endpoints are timed, refused
 * requests count as 4xx, and the gauges show what the database and the broker hold.
 */
class MetricsIT {

    private static final String DECLINED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000000000000002\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";

    private static final String HOLD = "POST /api/v1/bookings";
    private static final String PAY = "POST /api/v1/bookings/{bookingId}/payment";
    private static final String CANCEL = "POST /api/v1/bookings/{bookingId}/cancel";
    private static final String SEARCH = "GET /api/v1/events";
    private static final String TIMER_COUNT = "boxoffice_api_requests_seconds_count";

    @Test
    void theCountersMoveByWhatTheApiDidAndTheBookingEndpointsAreTimed() {
        Door door = Entry.door("Metrics", 20);
        TestData.execute(
                "update event set cancellation_hours = 1 where id = ?",
                door.event().eventId());
        String customer = Holds.customer();
        PrometheusText before = scrape();

        // two bookings paid, one declined then left held, one paid and cancelled (refunded)
        String first = id(Holds.hold(customer, Holds.itemsBody(door.event(), 2)));
        String second = id(Holds.hold(customer, Holds.itemsBody(door.event(), 1)));
        String declined = id(Holds.hold(customer, Holds.itemsBody(door.event(), 1)));
        String refunded = id(Holds.hold(customer, Holds.itemsBody(door.event(), 1)));
        JsonObject paid = Http.json(ok(pay(customer, first, Holds.APPROVED)));
        ok(pay(customer, second, Holds.APPROVED));
        assertThat(Http.json(ok(pay(customer, declined, DECLINED)))
                        .getJsonObject("payment")
                        .getString("status"))
                .isEqualTo("DECLINED");
        ok(pay(customer, refunded, Holds.APPROVED));
        assertThat(Http.json(ok(Api.post("/api/v1/bookings/" + refunded + "/cancel", "", customer)))
                        .getString("status"))
                .isEqualTo("REFUNDED");
        // a repeat of a hold with the same key makes no new hold
        String key = Holds.key();
        String repeated = Holds.itemsBody(door.event(), 1);
        assertThat(Holds.hold(customer, key, repeated).statusCode()).isEqualTo(201);
        assertThat(Holds.hold(customer, key, repeated).statusCode()).isEqualTo(200);
        // refused: an event that does not exist (404), and no token at all (401)
        Api.assertProblem(
                Holds.hold(customer, "{\"eventId\":\"no-such\",\"seats\":[\"1\"]}"), 404, "catalog.unknown-event");
        assertThat(Http.postJson(Api.uri("/api/v1/bookings"), Holds.itemsBody(door.event(), 1))
                        .statusCode())
                .isEqualTo(401);
        // the door: one admitted, the same ticket again, a code that is no ticket's
        String ticket = paid.getJsonObject("booking")
                .getJsonArray("tickets")
                .getJsonObject(0)
                .getString("code");
        ok(Entry.checkIn(door.organizer(), ticket, null));
        Api.assertProblem(Entry.checkIn(door.organizer(), ticket, null), 409, "checkin.already-used");
        Api.assertProblem(Entry.checkIn(door.organizer(), "HELLO", null), 422, "checkin.invalid-code");
        // a search
        ok(Http.get(Api.uri("/api/v1/events?q=" + door.event().title())));

        PrometheusText after = scrape();

        assertThat(delta(before, after, "boxoffice_holds_total")).isEqualTo(5);
        assertThat(delta(before, after, "boxoffice_confirmations_total")).isEqualTo(3);
        assertThat(delta(before, after, "boxoffice_payments_total", "outcome", "succeeded"))
                .isEqualTo(3);
        assertThat(delta(before, after, "boxoffice_payments_total", "outcome", "declined"))
                .isEqualTo(1);
        assertThat(delta(before, after, "boxoffice_payments_total", "outcome", "requires_action"))
                .isZero();
        assertThat(delta(before, after, "boxoffice_refunds_total", "reason", "customer_cancellation"))
                .isEqualTo(1);
        assertThat(delta(before, after, "boxoffice_checkins_total", "result", "admitted"))
                .isEqualTo(1);
        assertThat(delta(before, after, "boxoffice_checkins_total", "result", "already_used"))
                .isEqualTo(1);
        assertThat(delta(before, after, "boxoffice_checkins_total", "result", "refused"))
                .isEqualTo(1);

        // 6 holds asked for (one a repeat) and 2 refused, 4 payments, 1 cancellation
        assertThat(delta(before, after, TIMER_COUNT, "endpoint", HOLD)).isEqualTo(8);
        assertThat(delta(before, after, TIMER_COUNT, "endpoint", PAY)).isEqualTo(4);
        assertThat(delta(before, after, TIMER_COUNT, "endpoint", CANCEL)).isEqualTo(1);
        assertThat(delta(before, after, TIMER_COUNT, "endpoint", SEARCH)).isEqualTo(1);
        assertThat(delta(before, after, "boxoffice_api_responses_total", "group", "booking", "status", "2xx"))
                .isEqualTo(11);
        assertThat(delta(before, after, "boxoffice_api_responses_total", "group", "booking", "status", "4xx"))
                .isEqualTo(2);
        assertThat(delta(before, after, "boxoffice_api_responses_total", "group", "booking", "status", "5xx"))
                .isZero();
        assertThat(delta(before, after, "boxoffice_api_responses_total", "group", "ticket", "status", "2xx"))
                .isEqualTo(1);
        assertThat(delta(before, after, "boxoffice_api_responses_total", "group", "ticket", "status", "4xx"))
                .isEqualTo(2);
        assertThat(delta(before, after, "boxoffice_api_responses_total", "group", "catalog", "status", "2xx"))
                .isEqualTo(1);
        // the time of the endpoint: its sum grew by more than nothing and less than the test took
        double took = sample(after, "boxoffice_api_requests_seconds_sum", "endpoint", PAY)
                - before.value("boxoffice_api_requests_seconds_sum", "endpoint", PAY);
        assertThat(took).isGreaterThan(0).isLessThan(60);
        assertThat(sample(after, "boxoffice_api_requests_seconds_max", "endpoint", PAY))
                .isGreaterThan(0)
                .isLessThan(60);
        assertThat(after.type("boxoffice_api_requests_seconds")).isEqualTo("summary");
        // no quantiles: Payara 6 would write them in nanoseconds
        assertThat(after.find("boxoffice_api_requests_seconds")).isEmpty();
    }

    @Test
    void everyMetricIsDeclaredWithItsTypeAndDescriptionInTheApplicationScope() {
        PrometheusText metrics = scrape();

        for (String counter : List.of(
                "boxoffice_holds_total",
                "boxoffice_confirmations_total",
                "boxoffice_payments_total",
                "boxoffice_refunds_total",
                "boxoffice_checkins_total",
                "boxoffice_api_responses_total")) {
            assertThat(metrics.type(counter)).as(counter).isEqualTo("counter");
            assertThat(metrics.help(counter)).as(counter).isNotBlank();
            assertThat(metrics.find(counter)).as(counter).isNotEmpty().allSatisfy(sample -> assertThat(sample.labels())
                    .containsEntry("mp_scope", "application"));
        }
        for (String gauge :
                List.of("boxoffice_holds_active", "boxoffice_notifications_queued", "boxoffice_dead_letters")) {
            assertThat(metrics.type(gauge)).as(gauge).isEqualTo("gauge");
            assertThat(metrics.help(gauge)).as(gauge).isNotBlank();
        }
        // counted from 0 before anything happened: every outcome is there
        for (String outcome : List.of("succeeded", "declined", "requires_action")) {
            assertThat(metrics.find("boxoffice_payments_total", "outcome", outcome))
                    .hasSize(1);
        }
        for (String reason : List.of("customer_cancellation", "event_cancelled", "admin", "late_payment")) {
            assertThat(metrics.find("boxoffice_refunds_total", "reason", reason))
                    .hasSize(1);
        }
        for (String result : List.of("admitted", "already_used", "refused")) {
            assertThat(metrics.find("boxoffice_checkins_total", "result", result))
                    .hasSize(1);
        }
        // the scope alone has them too, and nothing of Payara's own
        PrometheusText application = PrometheusText.parse(
                ok(Http.get(Platform.uri("/metrics?scope=application"))).body());
        assertThat(application.find("boxoffice_holds_total")).hasSize(1);
        assertThat(application.samples())
                .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("mp_scope", "application"));
    }

    @Test
    void theGaugesShowTheHoldsRunningAndTheQueuesOfTheBroker() {
        Door door = Entry.door("Gauges", 10);
        String customer = Holds.customer();
        id(Holds.hold(customer, Holds.itemsBody(door.event(), 1)));

        // read at most every 5 seconds: in a little while the gauge is the database's count
        PrometheusText metrics =
                awaitScrape(scrape -> scrape.value("boxoffice_holds_active") == activeHolds(), Duration.ofSeconds(20));
        assertThat(metrics.value("boxoffice_holds_active")).isGreaterThanOrEqualTo(1);

        String adminEmail = TestData.unique("metrics-admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(adminEmail, "ADMIN"), adminEmail, "ADMIN");
        PrometheusText queues = awaitScrape(
                scrape -> scrape.value("boxoffice_dead_letters") == deadLetters(admin), Duration.ofSeconds(20));
        assertThat(queues.value("boxoffice_dead_letters")).isGreaterThanOrEqualTo(0);
        assertThat(queues.value("boxoffice_notifications_queued"))
                .isNotNaN()
                .isGreaterThanOrEqualTo(0)
                .isLessThanOrEqualTo(10_000);
    }

    private static long activeHolds() {
        return TestData.count("select count(*) from booking where status = 'HELD' and expires_at > now()");
    }

    private static long deadLetters(String admin) {
        HttpResponse<String> listed = Http.getWithToken(Api.uri("/api/v1/admin/dead-letters?size=1"), admin);
        return Http.json(ok(listed)).getJsonNumber("total").longValue();
    }

    private static PrometheusText awaitScrape(Predicate<PrometheusText> done, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        PrometheusText last = scrape();
        while (!done.test(last)) {
            assertThat(System.nanoTime())
                    .as("the gauges did not settle: %s", last.samples())
                    .isLessThan(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = scrape();
        }
        return last;
    }

    /** {@code GET /metrics} as Prometheus asks for it. */
    static PrometheusText scrape() {
        HttpResponse<String> metrics = Http.get(Platform.uri("/metrics"), "Accept", "text/plain");
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(Http.contentType(metrics)).startsWith("text/plain");
        return PrometheusText.parse(metrics.body());
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, String... labels) {
        return sample(after, name, labels) - before.value(name, labels);
    }

    /** The value of a sample that must be there. */
    private static double sample(PrometheusText scrape, String name, String... labels) {
        assertThat(scrape.find(name, labels))
                .as(name + " " + String.join(",", labels))
                .hasSize(1);
        return scrape.value(name, labels);
    }

    private static HttpResponse<String> pay(String customer, String booking, String payment) {
        return Api.post("/api/v1/bookings/" + booking + "/payment", payment, customer);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }

    private static String id(HttpResponse<String> held) {
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return Http.json(held).getString("id");
    }
}
