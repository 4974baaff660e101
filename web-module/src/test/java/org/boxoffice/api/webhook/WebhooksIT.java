package org.boxoffice.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outgoing webhooks against a receiver in this JVM on 127.0.0.1 (allowed by the admin setting
 * {@code boxoffice.webhooks.allow-private-addresses}, which the tests switch on and, where they
 * check the refusal, off): a confirmed booking is delivered once, signed with the secret shown at
 * subscription; a 500 is retried; a replay sends again; a redirect is not followed; loopback is
 * refused with the setting off, at subscription and at delivery; a slow receiver does not slow the
 * booking; another organisation sees nothing of ours.
 */
class WebhooksIT {

    private static final String SETTING = "/api/v1/admin/settings/boxoffice.webhooks.allow-private-addresses";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String admin;

    /** An organisation with an organizer and a published event of 20 places at 10.00 EUR. */
    private record Organisation(long id, String organizer, GaEvent event) {}

    @BeforeAll
    static void allowPrivateAddresses() {
        String email = TestData.unique("webhook-admin") + "@example.org";
        admin = Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");
        allowPrivate(true);
    }

    @AfterAll
    static void resetSetting() {
        HttpResponse<String> reset = Http.delete(Api.uri(SETTING), "Authorization", "Bearer " + admin);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    }

    @Test
    void aConfirmedBookingIsDeliveredOnceSignedWithTheSecretShownAtSubscription() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver()) {
            JsonObject webhook = subscribe(organisation.organizer(), receiver.url(), "booking.confirmed");
            String secret = webhook.getString("secret");
            assertThat(secret).startsWith("whsec_");
            HttpResponse<String> again = get("/api/v1/webhooks/" + webhook.getString("id"), organisation.organizer());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Http.json(again).containsKey("secret"))
                    .as("the secret is shown once")
                    .isFalse();
            assertThat(TestData.text(
                            "select secret from webhook_subscription where id = ?",
                            Long.parseLong(webhook.getString("id"))))
                    .as("stored encrypted")
                    .startsWith("{aes-gcm:")
                    .doesNotContain(secret);

            JsonObject booking = Holds.confirmed(Holds.customer(), Holds.itemsBody(organisation.event(), 1));

            List<Receiver.Received> received = receiver.await(1, WAIT);
            assertThat(received).hasSize(1);
            Receiver.Received delivery = received.get(0);
            JsonObject payload = Http.json(delivery.body());
            assertThat(payload.getString("type")).isEqualTo("booking.confirmed");
            assertThat(payload.getJsonObject("data").getString("bookingId")).isEqualTo(booking.getString("id"));
            assertThat(payload.getJsonObject("data").getString("status")).isEqualTo("CONFIRMED");
            assertThat(delivery.header("Boxoffice-Webhook-Id")).isEqualTo(payload.getString("id"));
            assertThat(delivery.header("Boxoffice-Webhook-Event")).isEqualTo("booking.confirmed");
            assertThat(delivery.header("Content-Type")).startsWith("application/json");
            assertSigned(delivery, secret);
            assertThat(verifies(delivery.header("Boxoffice-Webhook-Signature"), delivery.body(), "whsec_wrong"))
                    .isFalse();
            assertThat(verifies(delivery.header("Boxoffice-Webhook-Signature"), delivery.body() + " ", secret))
                    .isFalse();

            JsonObject recorded =
                    awaitDelivery(organisation.organizer(), webhook.getString("id"), d -> d.getString("state")
                            .equals("DELIVERED"));
            assertThat(recorded.getString("id")).isEqualTo(payload.getString("id"));
            assertThat(recorded.getInt("attempts")).isEqualTo(1);
            assertThat(recorded.getInt("lastStatus")).isEqualTo(200);
            assertThat(recorded.getString("lastAnswer")).isEqualTo("ok");
            Thread.sleep(3000);
            assertThat(receiver.received()).as("delivered once").hasSize(1);
            JsonObject page = Http.json(get(
                    "/api/v1/webhooks/" + webhook.getString("id") + "/deliveries?page=1&size=5",
                    organisation.organizer()));
            assertThat(page.getInt("total")).isEqualTo(1);
            delete(organisation.organizer(), webhook.getString("id"));
        }
    }

    @Test
    void aReceiverAnswering500IsTriedAgainAndAReplaySendsOnceMore() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver()) {
            receiver.thenAnswer(500, "{\"error\":\"down for a moment\"}");
            JsonObject webhook = subscribe(organisation.organizer(), receiver.url(), "booking.confirmed");
            Holds.confirmed(Holds.customer(), Holds.itemsBody(organisation.event(), 1));

            List<Receiver.Received> received = receiver.await(2, WAIT);
            assertThat(received).hasSize(2);
            assertThat(received.get(1).header("Boxoffice-Webhook-Id"))
                    .isEqualTo(received.get(0).header("Boxoffice-Webhook-Id"));
            assertSigned(received.get(1), webhook.getString("secret"));
            JsonObject delivered =
                    awaitDelivery(organisation.organizer(), webhook.getString("id"), d -> d.getString("state")
                            .equals("DELIVERED"));
            assertThat(delivered.getInt("attempts")).isEqualTo(2);
            assertThat(delivered.getInt("lastStatus")).isEqualTo(200);

            HttpResponse<String> replay = Api.post(
                    "/api/v1/webhooks/" + webhook.getString("id") + "/deliveries/" + delivered.getString("id")
                            + "/replay",
                    "",
                    organisation.organizer());
            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
            assertThat(Http.json(replay).getString("state")).isEqualTo("PENDING");
            received = receiver.await(3, WAIT);
            assertThat(received).hasSize(3);
            assertThat(received.get(2).header("Boxoffice-Webhook-Id")).isEqualTo(delivered.getString("id"));
            assertThat(received.get(2).body()).isEqualTo(received.get(0).body());
            JsonObject replayed = awaitDelivery(
                    organisation.organizer(),
                    webhook.getString("id"),
                    d -> d.getString("state").equals("DELIVERED") && d.getInt("attempts") == 3);
            assertThat(replayed.getInt("lastStatus")).isEqualTo(200);
            delete(organisation.organizer(), webhook.getString("id"));
        }
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowed() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver();
                Receiver elsewhere = new Receiver()) {
            receiver.thenRedirect("http://localhost:" + elsewhere.port() + "/stolen")
                    .thenRedirect("http://localhost:" + elsewhere.port() + "/stolen")
                    .thenRedirect("http://localhost:" + elsewhere.port() + "/stolen")
                    .thenRedirect("http://localhost:" + elsewhere.port() + "/stolen");
            JsonObject webhook = subscribe(organisation.organizer(), receiver.url(), "booking.confirmed");
            Holds.confirmed(Holds.customer(), Holds.itemsBody(organisation.event(), 1));

            JsonObject recorded = awaitDelivery(
                    organisation.organizer(),
                    webhook.getString("id"),
                    d -> d.containsKey("lastStatus") && !d.isNull("lastStatus"));
            assertThat(recorded.getInt("lastStatus")).isEqualTo(302);
            assertThat(recorded.getString("lastAnswer")).isEqualTo("moved");
            assertThat(recorded.getString("state")).isNotEqualTo("DELIVERED");
            Thread.sleep(2000);
            assertThat(elsewhere.received()).as("the redirect's target").isEmpty();
            delete(organisation.organizer(), webhook.getString("id"));
        }
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedWhileTheSettingIsOff() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver()) {
            JsonObject webhook = subscribe(organisation.organizer(), receiver.url(), "booking.confirmed");
            allowPrivate(false);
            try {
                for (String url : List.of(
                        receiver.url(),
                        "http://localhost:" + receiver.port() + "/hook",
                        "http://[::1]/hook",
                        "http://169.254.169.254/latest/meta-data",
                        "http://10.1.2.3/hook",
                        "http://192.168.0.1/hook",
                        "http://0.0.0.0/hook",
                        "http://[fd00::1]/hook")) {
                    HttpResponse<String> refused =
                            Api.post("/api/v1/webhooks", body(url, "booking.confirmed"), organisation.organizer());
                    Api.assertProblem(refused, 422, "webhook.private-address");
                    assertThat(Http.json(refused)
                                    .getJsonArray("errors")
                                    .getJsonObject(0)
                                    .getString("field"))
                            .isEqualTo("url");
                }
                // subscribed while allowed: the delivery is refused when it is made
                Holds.confirmed(Holds.customer(), Holds.itemsBody(organisation.event(), 1));
                JsonObject recorded = awaitDelivery(
                        organisation.organizer(),
                        webhook.getString("id"),
                        d -> d.getInt("attempts") >= 1 && d.containsKey("lastAnswer"));
                assertThat(recorded.containsKey("lastStatus")).as("no answer").isFalse();
                assertThat(recorded.getString("lastAnswer")).contains("refused").contains("127.0.0.1");
                assertThat(recorded.getString("state")).isNotEqualTo("DELIVERED");
                assertThat(receiver.received()).isEmpty();
            } finally {
                allowPrivate(true);
            }
            delete(organisation.organizer(), webhook.getString("id"));
        }
    }

    @Test
    void unknownEventsAndBadUrlsAreRefusedNamingTheField() {
        Organisation organisation = organisation();
        HttpResponse<String> unknown = Api.post(
                "/api/v1/webhooks",
                body("http://127.0.0.1:9/hook", "booking.confirmed", "booking.exploded"),
                organisation.organizer());
        Api.assertProblem(unknown, 422, "webhook.unknown-event");
        assertThat(Http.json(unknown).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("events");
        assertThat(Http.json(unknown).getString("detail")).contains("booking.exploded");
        Api.assertProblem(
                Api.post(
                        "/api/v1/webhooks",
                        body("ftp://example.org/hook", "booking.confirmed"),
                        organisation.organizer()),
                422,
                "webhook.invalid-url");
        Api.assertProblem(
                Api.post(
                        "/api/v1/webhooks",
                        body("http://user:pw@example.org/", "booking.confirmed"),
                        organisation.organizer()),
                422,
                "webhook.invalid-url");
        HttpResponse<String> none = Api.post(
                "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[]}", organisation.organizer());
        assertThat(none.statusCode()).as(none.body()).isEqualTo(422);
        String customer = Holds.customer();
        assertThat(Api.post("/api/v1/webhooks", body("http://127.0.0.1:9/hook", "booking.confirmed"), customer)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSlowReceiverDoesNotSlowTheBooking() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver()) {
            receiver.thenSlowly(Duration.ofSeconds(10));
            JsonObject webhook = subscribe(organisation.organizer(), receiver.url(), "booking.confirmed");
            String customer = Holds.customer();
            HttpResponse<String> held = Holds.hold(customer, Holds.itemsBody(organisation.event(), 1));
            assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
            Instant before = Instant.now();
            HttpResponse<String> paid = Api.post(
                    "/api/v1/bookings/" + Http.json(held).getString("id") + "/payment", Holds.APPROVED, customer);
            Duration took = Duration.between(before, Instant.now());
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
            assertThat(took).as("the payment's answer").isLessThan(Duration.ofSeconds(5));
            assertThat(receiver.await(1, WAIT))
                    .as("the delivery went out meanwhile")
                    .hasSize(1);
            delete(organisation.organizer(), webhook.getString("id"));
        }
    }

    @Test
    void anotherOrganisationsSubscriptionSeesNothingOfOurs() throws Exception {
        Organisation ours = organisation();
        Organisation theirs = organisation();
        try (Receiver ourReceiver = new Receiver();
                Receiver theirReceiver = new Receiver()) {
            JsonObject our = subscribe(ours.organizer(), ourReceiver.url(), "booking.confirmed", "event.changed");
            JsonObject their = subscribe(theirs.organizer(), theirReceiver.url(), "booking.confirmed");
            Holds.confirmed(Holds.customer(), Holds.itemsBody(ours.event(), 1));

            assertThat(ourReceiver.await(1, WAIT)).hasSize(1);
            Thread.sleep(3000);
            assertThat(theirReceiver.received()).isEmpty();
            assertThat(Http.json(get("/api/v1/webhooks/" + their.getString("id") + "/deliveries", theirs.organizer()))
                            .getInt("total"))
                    .isZero();
            Api.assertProblem(
                    get("/api/v1/webhooks/" + our.getString("id"), theirs.organizer()),
                    404,
                    "webhook.unknown-subscription");
            Api.assertProblem(
                    get("/api/v1/webhooks/" + our.getString("id") + "/deliveries", theirs.organizer()),
                    404,
                    "webhook.unknown-subscription");
            Api.assertProblem(
                    Http.delete(
                            Api.uri("/api/v1/webhooks/" + our.getString("id")),
                            "Authorization",
                            "Bearer " + theirs.organizer()),
                    404,
                    "webhook.unknown-subscription");
            JsonArray theirList =
                    Http.json(get("/api/v1/webhooks", theirs.organizer())).getJsonArray("items");
            assertThat(theirList).hasSize(1);
            assertThat(theirList.getJsonObject(0).getString("id")).isEqualTo(their.getString("id"));

            delete(ours.organizer(), our.getString("id"));
            assertThat(get("/api/v1/webhooks/" + our.getString("id"), ours.organizer())
                            .statusCode())
                    .isEqualTo(404);
            assertThat(TestData.count(
                            "select count(*) from audit_event where action in ('WEBHOOK_SUBSCRIBED', 'WEBHOOK_DELETED')"
                                    + " and detail like ?",
                            "webhook " + our.getString("id") + " %"))
                    .isEqualTo(2);
            delete(theirs.organizer(), their.getString("id"));
        }
    }

    @Test
    void aDeliveryWhoseInstanceDiedIsSentAgainOnceItsLeaseIsOver() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver()) {
            JsonObject webhook = subscribe(organisation.organizer(), receiver.url(), "booking.confirmed");
            // what an instance leaves behind when it dies in the middle of an attempt: the round
            // begun, its lease over, no answer recorded
            String id = "whd_" + java.util.UUID.randomUUID().toString().replace("-", "");
            String payload =
                    "{\"id\":\"" + id + "\",\"type\":\"booking.confirmed\",\"created\":\"2026-12-07T10:00:00Z\","
                            + "\"data\":{\"bookingId\":\"1\"}}";
            TestData.execute(
                    "insert into webhook_delivery (id, subscription_id, topic, payload, state, created_at,"
                            + " next_attempt_at, lease_round, attempted_round, attempts, failures, last_attempt_at)"
                            + " values (?, ?, 'BOOKING_CONFIRMED', ?, 'PENDING', now() - interval '2 minutes',"
                            + " now() - interval '1 second', 1, 1, 1, 0, now() - interval '2 minutes')",
                    id,
                    Long.parseLong(webhook.getString("id")),
                    payload);

            List<Receiver.Received> received = receiver.await(1, WAIT);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).header("Boxoffice-Webhook-Id")).isEqualTo(id);
            assertThat(received.get(0).body()).isEqualTo(payload);
            assertSigned(received.get(0), webhook.getString("secret"));
            JsonObject delivered =
                    awaitDelivery(organisation.organizer(), webhook.getString("id"), d -> d.getString("state")
                            .equals("DELIVERED"));
            assertThat(delivered.getInt("attempts")).isEqualTo(2);
            Thread.sleep(3000);
            assertThat(receiver.received())
                    .as("sent once more, not again and again")
                    .hasSize(1);
            delete(organisation.organizer(), webhook.getString("id"));
        }
    }

    @Test
    void anAdminsSubscriptionReceivesEveryOrganisationsEvents() throws Exception {
        Organisation organisation = organisation();
        try (Receiver receiver = new Receiver()) {
            JsonObject webhook = subscribe(admin, receiver.url(), "event.cancelled");
            assertThat(webhook.containsKey("organisationId"))
                    .as("every organisation's")
                    .isFalse();
            HttpResponse<String> cancelled = Api.post(
                    "/api/v1/events/" + organisation.event().eventId() + "/cancel", "", organisation.organizer());
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

            String eventId = String.valueOf(organisation.event().eventId());
            long end = System.nanoTime() + WAIT.toNanos();
            JsonObject ours = null;
            while (ours == null && System.nanoTime() < end) {
                ours = receiver.received().stream()
                        .map(received -> Http.json(received.body()))
                        .filter(payload -> payload.getJsonObject("data")
                                .getString("eventId")
                                .equals(eventId))
                        .findFirst()
                        .orElse(null);
                Thread.sleep(200);
            }
            assertThat(ours).as("the cancellation of event " + eventId).isNotNull();
            assertThat(ours.getString("type")).isEqualTo("event.cancelled");
            assertThat(ours.getJsonObject("data").getString("status")).isEqualTo("CANCELLED");
            HttpResponse<String> all = get("/api/v1/webhooks?size=100", admin);
            assertThat(Http.json(all).getJsonArray("items").stream()
                            .map(item -> item.asJsonObject().getString("id")))
                    .contains(webhook.getString("id"));
            delete(admin, webhook.getString("id"));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Organisation organisation() {
        long id = TestData.organisation(TestData.unique("Hooks"));
        String organizer = Api.organizer(id);
        GaEvent event = TestData.publishedEvent(TestData.unique("Hook Night"), "Hookton", IN_A_MONTH, "10.00", 20);
        TestData.organiseEvent(event.eventId(), id);
        return new Organisation(id, organizer, event);
    }

    private static void allowPrivate(boolean allowed) {
        HttpResponse<String> changed = Api.put(SETTING, "{\"value\":\"" + allowed + "\"}", admin);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private static String body(String url, String... events) {
        var list = Json.createArrayBuilder();
        for (String event : events) {
            list.add(event);
        }
        return Json.createObjectBuilder()
                .add("url", url)
                .add("events", list)
                .build()
                .toString();
    }

    private static JsonObject subscribe(String token, String url, String... events) {
        HttpResponse<String> created = Api.post("/api/v1/webhooks", body(url, events), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject webhook = Http.json(created);
        assertThat(created.headers().firstValue("Location").orElse(""))
                .endsWith("/api/v1/webhooks/" + webhook.getString("id"));
        assertThat(webhook.getString("url")).isEqualTo(url);
        return webhook;
    }

    private static void delete(String token, String webhookId) {
        HttpResponse<String> deleted =
                Http.delete(Api.uri("/api/v1/webhooks/" + webhookId), "Authorization", "Bearer " + token);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    }

    private static HttpResponse<String> get(String path, String token) {
        return Http.getWithToken(Api.uri(path), token);
    }

    /** The subscription's newest delivery once it satisfies {@code condition}, polled for up to {@link #WAIT}. */
    private static JsonObject awaitDelivery(String token, String webhookId, Predicate<JsonObject> condition)
            throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < end) {
            HttpResponse<String> page = get("/api/v1/webhooks/" + webhookId + "/deliveries", token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonArray items = Http.json(page).getJsonArray("items");
            if (!items.isEmpty()) {
                last = items.getJsonObject(0);
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no delivery of webhook " + webhookId + " as expected; the last: " + last);
    }

    /** The signature header verifies with the secret, and its timestamp is within 5 minutes of now. */
    private static void assertSigned(Receiver.Received delivery, String secret) throws Exception {
        String header = delivery.header("Boxoffice-Webhook-Signature");
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        long t = Long.parseLong(header.substring(2, header.indexOf(',')));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
        assertThat(verifies(header, delivery.body(), secret)).isTrue();
    }

    /** What a receiver does (see {@link Receiver#verifies}). */
    static boolean verifies(String header, String body, String secret) throws Exception {
        return Receiver.verifies(header, body, secret);
    }
}
