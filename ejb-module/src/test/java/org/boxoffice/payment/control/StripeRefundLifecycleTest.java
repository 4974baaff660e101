package org.boxoffice.payment.control;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.Stripe;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.boxoffice.payment.control.PaymentGateway.EventType;
import org.boxoffice.payment.control.PaymentGateway.ProviderEvent;
import org.boxoffice.payment.control.PaymentGateway.RefundOutcome;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.payment.entity.RefundReason;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Stripe refund that Stripe answers as {@code pending}, from the request (over real HTTP, WireMock
 * answering with Stripe's JSON) through the signed webhooks that end it, applied to our refund and
 * payment as {@code Charges} applies them: it refunds nothing until Stripe says the money went back,
 * a failure leaves the payment as it was, and an event told twice changes nothing twice.
 */
class StripeRefundLifecycleTest {

    private static final String SECRET = "whsec_test_5bT0xOff1ce";
    private static final String REFUND = "re_3MtwBwLkdIwHu7ix0pEnd1ng";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private WireMockServer stripe;
    private StripeGateway gateway;
    private Payment payment;
    private Refund refund;

    @BeforeEach
    void refundPending() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
        gateway = new StripeGateway(new StripeSettings(
                "sk_test_51Boxoffice",
                "pk_test_51Boxoffice",
                SECRET,
                stripe.baseUrl(),
                5_000,
                300,
                "https://tickets.example.org/my/bookings.xhtml"));
        payment = Payment.begin(
                42, 7, PaymentMethod.CARD, Money.of("20.00", "EUR"), "stripe", "visa", "4242", NOW.minusHours(1));
        payment.succeed("pi_3MtwBwLkdIwHu7ix28a3tqPa", NOW.minusHours(1));
        refund = Refund.of(payment, Money.of("7.50", "EUR"), RefundReason.ADMIN, "refund-7", 1L, List.of(), NOW);
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(okJson(StripeGatewayTest.json("refund_pending"))));

        // as Charges.refund applies the answer
        RefundOutcome outcome = gateway.refund(payment.providerReference(), refund.amount(), refund.reference());
        assertThat(outcome).isEqualTo(RefundOutcome.pending(REFUND));
        refund.accepted(outcome.providerReference(), NOW);
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    @Test
    void aPendingRefundRefundsNothingYet() {
        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refund.providerReference()).isEqualTo(REFUND);
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        // Stripe's own word as the refund is created changes nothing either
        assertThat(received("evt_1Created", "refund.created", "refund_pending").type())
                .isEqualTo(EventType.OTHER);
    }

    @Test
    void pendingThenSucceededByRefundUpdated() {
        ProviderEvent succeeded = received("evt_1Succeeded", "refund.updated", "refund_pending_succeeded");

        assertThat(succeeded.type()).isEqualTo(EventType.REFUND_SUCCEEDED);
        assertThat(succeeded.refundReference()).isEqualTo(REFUND);
        assertThat(applied(succeeded)).isTrue();
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(payment.refunded()).isEqualTo(Money.of("7.50", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

        // the same event delivered again, and charge.refunded saying the same: nothing changes twice
        assertThat(applied(received("evt_1Succeeded", "refund.updated", "refund_pending_succeeded")))
                .isFalse();
        assertThat(applied(received(
                        "evt_1ChargeRefunded", "charge.refunded", "2020-08-27", "charge_refunded_listing_succeeded")))
                .isFalse();
        assertThat(payment.refunded()).as("counted once").isEqualTo(Money.of("7.50", "EUR"));
        // a failure reported afterwards still counts: the amount is refundable again
        assertThat(applied(received("evt_1Failed", "refund.failed", "refund_pending_failed")))
                .isTrue();
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void pendingThenSucceededByChargeRefundedOnAnOlderApiVersion() {
        ProviderEvent succeeded =
                received("evt_1ChargeRefunded", "charge.refunded", "2020-08-27", "charge_refunded_listing_succeeded");

        assertThat(succeeded.type()).isEqualTo(EventType.REFUND_SUCCEEDED);
        assertThat(applied(succeeded)).isTrue();
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(payment.refunded()).isEqualTo(Money.of("7.50", "EUR"));
    }

    @Test
    void pendingThenFailedByRefundFailed() {
        ProviderEvent failed = received("evt_1Failed", "refund.failed", "refund_pending_failed");

        assertThat(failed.type()).isEqualTo(EventType.REFUND_FAILED);
        assertThat(failed.declineCode()).isEqualTo("lost_or_stolen_card");
        assertThat(applied(failed)).isTrue();
        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(payment.refundable()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);

        // told again, or told by refund.updated too, or a success arriving out of order: nothing changes
        assertThat(applied(received("evt_1Failed", "refund.failed", "refund_pending_failed")))
                .isFalse();
        assertThat(applied(received("evt_1UpdatedFailed", "refund.updated", "refund_pending_failed")))
                .isFalse();
        assertThat(applied(received("evt_1Late", "refund.updated", "refund_pending_succeeded")))
                .isFalse();
        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void pendingThenCanceledIsFailed() {
        ProviderEvent canceled = received("evt_1Canceled", "refund.updated", "refund_pending_canceled");

        assertThat(canceled.type()).isEqualTo(EventType.REFUND_FAILED);
        assertThat(applied(canceled)).isTrue();
        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
    }

    /** As PaymentWebhooks and Charges apply an event about this refund; whether it changed anything. */
    private boolean applied(ProviderEvent event) {
        assertThat(event.refundReference()).isEqualTo(refund.providerReference());
        return switch (event.type()) {
            case REFUND_SUCCEEDED -> refund.wentBack(payment, event.refundReference(), NOW.plusDays(3));
            case REFUND_FAILED -> refund.didNotGoBack(payment, NOW.plusDays(3));
            default -> false;
        };
    }

    private ProviderEvent received(String id, String type, String object) {
        return received(id, type, Stripe.API_VERSION, object);
    }

    /** A webhook event as Stripe signs and sends it, verified and read by the gateway. */
    private ProviderEvent received(String id, String type, String apiVersion, String object) {
        String payload = StripeWebhookTest.event(id, type, apiVersion, StripeGatewayTest.json(object));
        String signature = new WebhookSignature(StripeGateway.PROVIDER, SECRET, Duration.ofMinutes(5))
                .sign(payload, Instant.now());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Stripe-Signature", signature);
        Function<String, String> header = headers::get;
        return gateway.event(payload, header);
    }
}
