package org.boxoffice.api.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.customer;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.Test;

/**
 * The provider's webhooks over HTTP, signed as the built-in test provider signs them: a charge
 * whose answer the platform never got confirms its booking once, however often and however many
 * at once its event comes; a charge after the hold ended is refunded and the customer told; a
 * failure reported after the success changes nothing; bad signatures change nothing. The charges
 * are real charges at the test provider, made under the attempt's reference as their idempotency
 * key, as the platform's own call makes them.
 */
class PaymentWebhooksIT {

    /** A card for which the test provider fails (HTTP 500): the attempt stays PENDING. */
    static final String PROVIDER_FAILS = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000000000000119\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void aChargeWhoseAnswerWasLostConfirmsTheBookingOnceHoweverOftenItsEventComes() throws Exception {
        GaEvent event = TestData.publishedEvent(TestData.unique("Lost answer"), "Bonn", IN_A_MONTH, "20.00", 10);
        String customer = customer();
        String booking = held(customer, event, 2);
        long payment = pendingPayment(customer, booking);
        String charge = chargeAtProvider(payment, "40.00");
        String body = chargeSucceeded("evt_" + UUID.randomUUID(), charge, payment, "40.00");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<String> received = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> deliver(body, signature(body, Instant.now()))));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                received.add(Http.json(response).getString("received"));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(received).containsOnlyOnce("APPLIED");
        assertThat(received).filteredOn("DUPLICATE"::equals).hasSize(19);
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        assertThat(TestData.count("select count(*) from ticket where booking_id = ?", Long.parseLong(booking)))
                .isEqualTo(2);
        assertThat(TestData.text("select status from payment where id = ?", payment))
                .isEqualTo("SUCCEEDED");
        HttpResponse<String> again = deliver(body, signature(body, Instant.now()));
        assertThat(Http.json(again).getString("received")).isEqualTo("DUPLICATE");
    }

    @Test
    void aChargeAfterTheHoldEndedIsRefundedAndTheCustomerTold() {
        GaEvent event = TestData.publishedEvent(TestData.unique("Too late"), "Bonn", IN_A_MONTH, "15.00", 10);
        String customer = customer();
        String booking = held(customer, event, 1);
        long payment = pendingPayment(customer, booking);
        TestData.execute(
                "update booking set created_at = ?, expires_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                Long.parseLong(booking));
        assertThat(await(() -> "EXPIRED".equals(status(booking))))
                .as("the hold expired")
                .isTrue();

        String charge = chargeAtProvider(payment, "15.00");
        String body = chargeSucceeded("evt_" + UUID.randomUUID(), charge, payment, "15.00");
        HttpResponse<String> answer = deliver(body, signature(body, Instant.now()));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(status(booking)).isEqualTo("EXPIRED");
        assertThat(TestData.text("select status from payment where id = ?", payment))
                .isEqualTo("REFUNDED");
        assertThat(TestData.count(
                        "select count(*) from refund where payment_id = ? and reason = 'LATE_PAYMENT'"
                                + " and status = 'SUCCEEDED' and amount = 15.00",
                        payment))
                .isEqualTo(1);
        assertThat(TestData.count("select count(*) from ticket where booking_id = ?", Long.parseLong(booking)))
                .isZero();
        assertThat(await(() -> TestData.count(
                                "select count(*) from notification where booking_id = ? and subject like ?",
                                Long.parseLong(booking),
                                "%came too late%")
                        == 1))
                .as("the customer is told")
                .isTrue();
    }

    @Test
    void aFailureReportedAfterTheSuccessChangesNothing() {
        GaEvent event = TestData.publishedEvent(TestData.unique("Out of order"), "Bonn", IN_A_MONTH, "9.00", 10);
        String customer = customer();
        String booking = held(customer, event, 1);
        long payment = pendingPayment(customer, booking);
        String charge = chargeAtProvider(payment, "9.00");
        String succeeded = chargeSucceeded("evt_" + UUID.randomUUID(), charge, payment, "9.00");
        assertThat(deliver(succeeded, signature(succeeded, Instant.now())).statusCode())
                .isEqualTo(200);

        String failed = event("evt_" + UUID.randomUUID(), "charge.failed", charge, payment, "9.00", "card_declined");
        HttpResponse<String> answer = deliver(failed, signature(failed, Instant.now()));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Http.json(answer).getString("received")).isEqualTo("IGNORED");
        assertThat(TestData.text("select status from payment where id = ?", payment))
                .isEqualTo("SUCCEEDED");
        assertThat(status(booking)).isEqualTo("CONFIRMED");
    }

    @Test
    void aMissingWrongOrStaleSignatureIsRefusedAndChangesNothing() {
        GaEvent event = TestData.publishedEvent(TestData.unique("Forged"), "Bonn", IN_A_MONTH, "12.00", 10);
        String customer = customer();
        String booking = held(customer, event, 1);
        long payment = pendingPayment(customer, booking);
        String body = chargeSucceeded("evt_" + UUID.randomUUID(), "ch_forged", payment, "12.00");

        Api.assertProblem(
                Http.postJson(Api.uri("/api/v1/payments/webhooks/test"), body), 400, "payment.webhook-invalid");
        Api.assertProblem(
                deliver(body, "t=" + Instant.now().getEpochSecond() + ",v1=" + "00".repeat(32)),
                400,
                "payment.webhook-invalid");
        Api.assertProblem(
                deliver(body, signature(body, Instant.now().minus(Duration.ofHours(1)))),
                400,
                "payment.webhook-invalid");
        Api.assertProblem(
                deliver(body.replace("12.00", "0.01"), signature(body, Instant.now())), 400, "payment.webhook-invalid");
        Api.assertProblem(
                Http.postJson(
                        Api.uri("/api/v1/payments/webhooks/another"),
                        body,
                        "Boxoffice-Signature",
                        signature(body, Instant.now())),
                404,
                "payment.provider-unknown");

        assertThat(status(booking)).isEqualTo("HELD");
        assertThat(TestData.text("select status from payment where id = ?", payment))
                .isEqualTo("PENDING");
    }

    private static String held(String customer, GaEvent event, int places) {
        HttpResponse<String> held = Holds.hold(customer, itemsBody(event, places));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return Http.json(held).getString("id");
    }

    /** Pays with the card the test provider fails: 503, and the attempt stays PENDING. */
    private static long pendingPayment(String customer, String booking) {
        HttpResponse<String> paid = Api.post("/api/v1/bookings/" + booking + "/payment", PROVIDER_FAILS, customer);
        Api.assertProblem(paid, 503, "payment.provider-unavailable");
        return TestData.count(
                "select max(id) from payment where booking_id = ? and status = 'PENDING'", Long.parseLong(booking));
    }

    /** A charge at the test provider under the attempt's reference, as the platform's call makes it. */
    private static String chargeAtProvider(long payment, String amount) {
        HttpResponse<String> charged = Http.postJson(
                Api.uri("/api/test-provider/v1/charges"),
                "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"method\":\"CARD\",\"description\":\"it\","
                        + "\"card\":{\"number\":\"4242424242424242\",\"expiry\":\"12/34\",\"cvc\":\"123\"}}",
                "Idempotency-Key",
                "payment-" + payment);
        assertThat(charged.statusCode()).as(charged.body()).isEqualTo(200);
        assertThat(Http.json(charged).getString("status")).isEqualTo("succeeded");
        return Http.json(charged).getString("id");
    }

    private static String chargeSucceeded(String id, String charge, long payment, String amount) {
        return event(id, "charge.succeeded", charge, payment, amount, null);
    }

    /** An event as the test provider writes it. */
    private static String event(String id, String type, String charge, long payment, String amount, String decline) {
        JsonObjectBuilder object = Json.createObjectBuilder()
                .add("id", charge)
                .add("status", type.endsWith("succeeded") ? "succeeded" : "declined")
                .add("amount", amount)
                .add("currency", "EUR")
                .add("reference", "payment-" + payment);
        if (decline != null) {
            object.add("decline_code", decline);
        }
        JsonObject event = Json.createObjectBuilder()
                .add("id", id)
                .add("type", type)
                .add("created", Instant.now().getEpochSecond())
                .add("data", Json.createObjectBuilder().add("object", object))
                .build();
        return event.toString();
    }

    private static HttpResponse<String> deliver(String body, String signature) {
        return Http.postJson(Api.uri("/api/v1/payments/webhooks/test"), body, "Boxoffice-Signature", signature);
    }

    /** The test provider's signature: Stripe's scheme under our header's name. */
    static String signature(String body, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long seconds = at.getEpochSecond();
            byte[] digest = mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's webhook secret, from failsafe's environment, which the platform reads too. */
    private static String secret() {
        String secret = System.getenv("BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOK_SECRET");
        assertThat(secret)
                .as("BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOK_SECRET in failsafe's environment")
                .isNotBlank();
        return secret;
    }

    private static String status(String booking) {
        return TestData.text("select status from booking where id = ?", Long.parseLong(booking));
    }

    private static boolean await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
