package org.boxoffice.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.boxoffice.payment.control.PaymentGateway.EventType;
import org.boxoffice.payment.control.PaymentGateway.ProviderEvent;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhook events through {@link StripeGateway#event}: signed as Stripe signs them ({@code
 * Stripe-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the endpoint's secret>},
 * made by the test provider's {@link WebhookSignature}, not with the SDK: the SDK accepting them
 * shows that the test provider signs as Stripe does), verified, and read.
 */
class StripeWebhookTest {

    private static final String SECRET = "whsec_test_5bT0xOff1ce";

    private final StripeGateway gateway = new StripeGateway(new StripeSettings(
            "sk_test_51Boxoffice",
            "pk_test_51Boxoffice",
            SECRET,
            "http://localhost:9", // never called
            1_000,
            300,
            "https://tickets.example.org/my/bookings.xhtml"));

    @Test
    void aSucceededPaymentIntentIsAChargeThatSucceeded() {
        String payload = event(
                "evt_1Succeeded", "payment_intent.succeeded", Stripe.API_VERSION, json("payment_intent_succeeded"));

        ProviderEvent event = gateway.event(payload, headers(signature(payload, now())));

        assertThat(event)
                .isEqualTo(new ProviderEvent(
                        "evt_1Succeeded",
                        EventType.CHARGE_SUCCEEDED,
                        "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                        "payment-7",
                        Money.of("20.00", "EUR"),
                        null,
                        null,
                        Instant.ofEpochSecond(1767261700)));
    }

    @Test
    void aFailedPaymentIntentIsAFailedChargeWithItsDeclineCode() {
        String payload = event(
                "evt_1Failed", "payment_intent.payment_failed", Stripe.API_VERSION, json("payment_intent_declined"));

        ProviderEvent event = gateway.event(payload, headers(signature(payload, now())));

        assertThat(event.type()).isEqualTo(EventType.CHARGE_FAILED);
        assertThat(event.chargeReference()).isEqualTo("pi_3MtxD4LkdIwHu7ix0aF7yZk1");
        assertThat(event.declineCode()).isEqualTo("insufficient_funds");
    }

    @Test
    void anEndpointOnAnOlderApiVersionIsReadAllTheSame() {
        String payload = event("evt_1Old", "payment_intent.succeeded", "2020-08-27", json("payment_intent_succeeded"));

        ProviderEvent event = gateway.event(payload, headers(signature(payload, now())));

        assertThat(event.type()).isEqualTo(EventType.CHARGE_SUCCEEDED);
        assertThat(event.chargeReference()).isEqualTo("pi_3MtwBwLkdIwHu7ix28a3tqPa");
        assertThat(event.amount()).isEqualTo(Money.of("20.00", "EUR"));
    }

    @Test
    void refundsTellTheirIdAmountAndPaymentIntent() {
        String succeeded = event("evt_1Refunded", "refund.updated", Stripe.API_VERSION, json("refund_succeeded"));
        String failed = event("evt_1RefundFailed", "refund.failed", Stripe.API_VERSION, json("refund_failed"));
        String updatedToFailed =
                event("evt_1RefundUpdated", "refund.updated", Stripe.API_VERSION, json("refund_failed"));

        ProviderEvent refunded = gateway.event(succeeded, headers(signature(succeeded, now())));

        assertThat(refunded)
                .isEqualTo(new ProviderEvent(
                        "evt_1Refunded",
                        EventType.REFUND_SUCCEEDED,
                        "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                        "refund-7",
                        Money.of("7.50", "EUR"),
                        "re_3MtwBwLkdIwHu7ix0bYC0Ol2",
                        null,
                        Instant.ofEpochSecond(1767261700)));
        assertThat(gateway.event(failed, headers(signature(failed, now()))))
                .extracting(ProviderEvent::type, ProviderEvent::refundReference, ProviderEvent::declineCode)
                .containsExactly(EventType.REFUND_FAILED, "re_3MtwBwLkdIwHu7ix0fAiLed1", "expired_or_canceled_card");
        assertThat(gateway.event(updatedToFailed, headers(signature(updatedToFailed, now())))
                        .type())
                .isEqualTo(EventType.REFUND_FAILED);
    }

    @Test
    void aRefundedChargeIsARefundOfItsPaymentIntent() {
        String payload = event("evt_1ChargeRefunded", "charge.refunded", Stripe.API_VERSION, json("charge_refunded"));

        ProviderEvent event = gateway.event(payload, headers(signature(payload, now())));

        assertThat(event.type()).isEqualTo(EventType.REFUND_SUCCEEDED);
        assertThat(event.chargeReference()).isEqualTo("pi_3MtwBwLkdIwHu7ix28a3tqPa");
        assertThat(event.amount()).isEqualTo(Money.of("7.50", "EUR"));
    }

    @Test
    void aRefundStillPendingHasNotGoneThrough() {
        String updated = event("evt_1RefundPending", "refund.updated", Stripe.API_VERSION, json("refund_pending"));
        String created = event("evt_1RefundCreated", "refund.created", Stripe.API_VERSION, json("refund_pending"));
        String waiting =
                event("evt_1RefundWaiting", "refund.updated", Stripe.API_VERSION, json("refund_requires_action"));

        assertThat(List.of(updated, created, waiting))
                .extracting(payload -> gateway.event(payload, headers(signature(payload, now())))
                        .type())
                .containsOnly(EventType.OTHER);
    }

    @Test
    void aRefundedChargeListingItsRefundStillPendingHasNotGoneThrough() {
        // API versions before 2022-11-15 list the charge's refunds; Stripe sends the event as the refund is created
        String payload = event(
                "evt_1ChargeRefundPending", "charge.refunded", "2020-08-27", json("charge_refunded_listing_pending"));

        ProviderEvent event = gateway.event(payload, headers(signature(payload, now())));

        assertThat(event.type()).isEqualTo(EventType.OTHER);
        assertThat(event.refundReference()).isEqualTo("re_3MtwBwLkdIwHu7ix0pEnd1ng");
    }

    @Test
    void otherEventsAreOther() {
        String payload = event(
                "evt_1Created",
                "payment_intent.created",
                Stripe.API_VERSION,
                json("payment_intent_requires_payment_method"));

        assertThat(gateway.event(payload, headers(signature(payload, now()))).type())
                .isEqualTo(EventType.OTHER);
    }

    @Test
    void aWrongSignatureIsRefused() {
        String payload =
                event("evt_1Forged", "payment_intent.succeeded", Stripe.API_VERSION, json("payment_intent_succeeded"));
        String forged = sign("whsec_someone_else", payload, now());
        String tampered = payload.replace("\"amount\": 2000", "\"amount\": 1");

        assertThatThrownBy(() -> gateway.event(payload, headers(forged))).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.event(tampered, headers(signature(payload, now()))))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.event(payload, headers("t=" + now())))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.event(payload, headers("t=soon,v1=abc")))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.event(payload, headers("v1"))).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aMissingSignatureIsRefused() {
        String payload = event(
                "evt_1Unsigned", "payment_intent.succeeded", Stripe.API_VERSION, json("payment_intent_succeeded"));

        assertThatThrownBy(() -> gateway.event(payload, name -> null))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> assertThat(e.reason())
                        .contains("Stripe-Signature"));
    }

    @Test
    void anOldSignatureIsRefused() {
        String payload = event(
                "evt_1Replayed", "payment_intent.succeeded", Stripe.API_VERSION, json("payment_intent_succeeded"));
        long sixMinutesAgo = now() - 360;

        assertThatThrownBy(() -> gateway.event(payload, headers(signature(payload, sixMinutesAgo))))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> assertThat(e.reason())
                        .contains("tolerance"));
        // within the tolerance it is fine
        assertThat(gateway.event(payload, headers(signature(payload, now() - 120)))
                        .id())
                .isEqualTo("evt_1Replayed");
    }

    @Test
    void garbageIsRefusedEvenWhenSigned() {
        for (String garbage : new String[] {"{\"id\": \"evt_1\", \"type\": ", "not json", "[]", "{}", ""}) {
            assertThatThrownBy(() -> gateway.event(garbage, headers(signature(garbage, now()))))
                    .as(garbage)
                    .isInstanceOf(InvalidWebhookException.class);
        }
    }

    @Test
    void anEventWithoutItsObjectIsRefused() {
        String payload = event("evt_1Hollow", "payment_intent.succeeded", Stripe.API_VERSION, json("refund_succeeded"));

        assertThatThrownBy(() -> gateway.event(payload, headers(signature(payload, now()))))
                .isInstanceOf(InvalidWebhookException.class);
    }

    /** An event as Stripe sends it, around one object. */
    static String event(String id, String type, String apiVersion, String object) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": 1767261700,
                  "data": {
                    "object": %s
                  },
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {
                    "id": "req_3MtwBwLkdIwHu7ix",
                    "idempotency_key": "payment-7"
                  },
                  "type": "%s"
                }
                """.formatted(id, apiVersion, object, type);
    }

    static String signature(String payload, long timestamp) {
        return sign(SECRET, payload, timestamp);
    }

    private static String sign(String secret, String payload, long timestamp) {
        return new WebhookSignature(StripeGateway.PROVIDER, secret, Duration.ofMinutes(5))
                .sign(payload, Instant.ofEpochSecond(timestamp));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** Headers looked up case-insensitively, as the webhook endpoint hands them over. */
    private static Function<String, String> headers(String signature) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("stripe-signature", signature);
        headers.put("Content-Type", "application/json; charset=utf-8");
        return headers::get;
    }

    private static String json(String name) {
        return StripeGatewayTest.json(name);
    }
}
