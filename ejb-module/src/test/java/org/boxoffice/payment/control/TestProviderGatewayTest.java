package org.boxoffice.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.boxoffice.payment.control.PaymentGateway.EventType;
import org.boxoffice.payment.control.PaymentGateway.ProviderEvent;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.testprovider.entity.TestCharge;
import org.boxoffice.testprovider.entity.TestRefund;
import org.boxoffice.testprovider.entity.TestRules;
import org.boxoffice.testprovider.entity.WebhookEvent;
import org.junit.jupiter.api.Test;

/** The platform's end of the test provider's webhooks: what the provider writes, the gateway reads. */
class TestProviderGatewayTest {

    private static final String SECRET = "webhook secret of this test";

    private final TestProviderGateway gateway = gateway(SECRET);
    private final WebhookSignature provider = new WebhookSignature("test", SECRET, Duration.ofMinutes(5));

    @Test
    void theTestProviderNeedsTheDetailsSentThroughThePlatform() {
        assertThat(gateway.confirmsInBrowser()).isFalse();
        assertThat(gateway.publishableKey()).isNull();
    }

    @Test
    void aSucceededChargeIsReadBack() {
        TestCharge charge = charge("4242424242424242");
        WebhookEvent event = WebhookEvent.of(charge, OffsetDateTime.now(ZoneOffset.UTC));

        ProviderEvent read = gateway.event(event.payload(), signed(event.payload()));

        assertThat(read.id()).isEqualTo(event.eventId());
        assertThat(read.type()).isEqualTo(EventType.CHARGE_SUCCEEDED);
        assertThat(read.chargeReference()).isEqualTo(charge.id());
        assertThat(read.reference()).isEqualTo("payment-7");
        assertThat(read.amount()).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(read.refundReference()).isNull();
        assertThat(read.declineCode()).isNull();
        assertThat(read.created())
                .isEqualTo(Instant.ofEpochSecond(event.createdAt().toEpochSecond()));
    }

    @Test
    void aDeclinedChargeIsAFailedOneWithItsCode() {
        WebhookEvent event = WebhookEvent.of(charge("4000000000000002"), OffsetDateTime.now(ZoneOffset.UTC));

        ProviderEvent read = gateway.event(event.payload(), signed(event.payload()));

        assertThat(read.type()).isEqualTo(EventType.CHARGE_FAILED);
        assertThat(read.declineCode()).isEqualTo("card_declined");
    }

    @Test
    void aRefundNamesItsChargeAndItself() {
        TestCharge charge = charge("4242424242424242");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestRefund refund = charge.refund(Money.of("5.00", "EUR"), "refund-7", now);
        WebhookEvent event = WebhookEvent.of(refund, charge, now);

        ProviderEvent read = gateway.event(event.payload(), signed(event.payload()));

        assertThat(read.type()).isEqualTo(EventType.REFUND_SUCCEEDED);
        assertThat(read.chargeReference()).isEqualTo(charge.id());
        assertThat(read.refundReference()).isEqualTo(refund.id());
        assertThat(read.amount()).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(read.reference()).isEqualTo("payment-7");
    }

    @Test
    void anEventOfAnotherTypeIsOther() {
        String payload = "{\"id\":\"evt_9\",\"type\":\"charge.dispute.created\",\"created\":1700000000,"
                + "\"data\":{\"object\":{\"id\":\"ch_9\"}}}";

        ProviderEvent read = gateway.event(payload, signed(payload));

        assertThat(read.type()).isEqualTo(EventType.OTHER);
        assertThat(read.chargeReference()).isEqualTo("ch_9");
        assertThat(read.amount()).isNull();
    }

    @Test
    void theHeaderIsFoundWhateverItsCase() {
        WebhookEvent event = WebhookEvent.of(charge("4242424242424242"), OffsetDateTime.now(ZoneOffset.UTC));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("boxoffice-signature", provider.sign(event.payload(), Instant.now()));

        assertThat(gateway.event(event.payload(), headers::get).type()).isEqualTo(EventType.CHARGE_SUCCEEDED);
    }

    @Test
    void unsignedWronglySignedOrGarbledEventsAreRefused() {
        String payload = WebhookEvent.of(charge("4242424242424242"), OffsetDateTime.now(ZoneOffset.UTC))
                .payload();

        assertThatThrownBy(() -> gateway.event(payload, name -> null)).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.event(payload, signedWith("another secret", payload)))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway(null).event(payload, signed(payload)))
                .as("no secret configured")
                .isInstanceOf(InvalidWebhookException.class);
        for (String garbage : new String[] {
            "not json",
            "[]",
            "{}",
            "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\",\"created\":1}",
            "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\",\"created\":1.5,\"data\":{\"object\":{\"id\":\"ch_1\"}}}",
            "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\",\"created\":1,\"data\":{\"object\":{\"id\":\"ch_1\","
                    + "\"amount\":\"x\",\"currency\":\"EUR\"}}}"
        }) {
            assertThatThrownBy(() -> gateway.event(garbage, signed(garbage)))
                    .as(garbage)
                    .isInstanceOf(InvalidWebhookException.class);
        }
    }

    private Function<String, String> signed(String payload) {
        String header = provider.sign(payload, Instant.now());
        return name -> name.equalsIgnoreCase("Boxoffice-Signature") ? header : null;
    }

    private static Function<String, String> signedWith(String secret, String payload) {
        String header = new WebhookSignature("test", secret, Duration.ofMinutes(5)).sign(payload, Instant.now());
        return name -> name.equalsIgnoreCase("Boxoffice-Signature") ? header : null;
    }

    private static TestCharge charge(String card) {
        return new TestCharge(
                "payment-7",
                "payment-7",
                "CARD",
                Money.of("12.50", "EUR"),
                "boxoffice booking 7",
                TestRules.decide("CARD", card, "", ""),
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static TestProviderGateway gateway(String secret) {
        TestProviderGateway gateway = new TestProviderGateway();
        gateway.url = "http://127.0.0.1:9/api/test-provider/v1";
        gateway.timeoutMillis = 1000;
        gateway.webhookSecret = Optional.ofNullable(secret);
        gateway.webhookToleranceSeconds = 300;
        gateway.connect();
        return gateway;
    }
}
