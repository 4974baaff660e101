package org.boxoffice.testprovider.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 15, 30, 0, ZoneOffset.UTC);

    @Test
    void aSucceededChargesEventIsStripesShape() {
        TestCharge charge = TestChargeTest.charge("4242424242424242", "12.50");

        WebhookEvent event = WebhookEvent.of(charge, NOW);

        JsonObject payload = read(event.payload());
        assertThat(event.eventId()).matches("evt_[0-9a-f]{32}");
        assertThat(payload.getString("id")).isEqualTo(event.eventId());
        assertThat(payload.getString("type")).isEqualTo("charge.succeeded");
        assertThat(payload.getJsonNumber("created").longValue()).isEqualTo(NOW.toEpochSecond());
        JsonObject object = payload.getJsonObject("data").getJsonObject("object");
        assertThat(object.getString("id")).isEqualTo(charge.id());
        assertThat(object.getString("status")).isEqualTo("succeeded");
        assertThat(object.getString("amount")).isEqualTo("12.50");
        assertThat(object.getString("currency")).isEqualTo("EUR");
        assertThat(object.getString("reference")).isEqualTo("payment-1");
        assertThat(object.containsKey("decline_code")).isFalse();
        assertThat(event.nextAttemptAt()).as("due at once").isEqualTo(NOW);
    }

    @Test
    void aDeclinedChargeIsAFailedChargeWithItsCode() {
        TestCharge charge = TestChargeTest.charge("4000000000009995", "12.50");

        JsonObject payload = read(WebhookEvent.of(charge, NOW).payload());

        assertThat(payload.getString("type")).isEqualTo("charge.failed");
        assertThat(payload.getJsonObject("data").getJsonObject("object").getString("decline_code"))
                .isEqualTo("insufficient_funds");
    }

    @Test
    void aRefundsEventNamesItsCharge() {
        TestCharge charge = TestChargeTest.charge("4242424242424242", "12.50");
        TestRefund refund = charge.refund(Money.of("2.50", "EUR"), "refund-1", NOW);

        JsonObject payload = read(WebhookEvent.of(refund, charge, NOW).payload());

        assertThat(payload.getString("type")).isEqualTo("refund.succeeded");
        JsonObject object = payload.getJsonObject("data").getJsonObject("object");
        assertThat(object.getString("id")).isEqualTo(refund.id());
        assertThat(object.getString("charge")).isEqualTo(charge.id());
        assertThat(object.getString("amount")).isEqualTo("2.50");
        assertThat(object.getString("reference")).isEqualTo("payment-1");
    }

    @Test
    void theBackOffDoublesFromOneSecondToFiveMinutes() {
        assertThat(WebhookEvent.backOff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(WebhookEvent.backOff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WebhookEvent.backOff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(WebhookEvent.backOff(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(WebhookEvent.backOff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(WebhookEvent.backOff(5000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aFailedAttemptIsTriedAgainAfterTheBackOffAndADeliveredOneNever() {
        WebhookEvent event = WebhookEvent.of(TestChargeTest.charge("4242424242424242", "12.50"), NOW);

        event.claim(NOW, Duration.ofMinutes(5));
        assertThat(event.nextAttemptAt()).as("leased to its sender").isEqualTo(NOW.plusMinutes(5));
        event.failed(NOW.plusSeconds(1), 500);
        assertThat(event.attempts()).isEqualTo(1);
        assertThat(event.lastStatus()).isEqualTo(500);
        assertThat(event.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));

        event.claim(NOW.plusSeconds(2), Duration.ofMinutes(5));
        event.failed(NOW.plusSeconds(2), null);
        assertThat(event.nextAttemptAt()).isEqualTo(NOW.plusSeconds(4));

        event.claim(NOW.plusSeconds(4), Duration.ofMinutes(5));
        event.delivered(NOW.plusSeconds(5), 204);
        assertThat(event.deliveredAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(event.nextAttemptAt()).isNull();
        assertThat(event.attempts()).isEqualTo(3);
    }

    @Test
    void afterThreeDaysItIsGivenUp() {
        WebhookEvent event = WebhookEvent.of(TestChargeTest.charge("4242424242424242", "12.50"), NOW);
        OffsetDateTime late = NOW.plusDays(3).minusMinutes(6);
        for (int i = 0; i < 30; i++) {
            event.claim(late, Duration.ofMinutes(5));
        }

        event.failed(late, 503);
        assertThat(event.nextAttemptAt())
                .as("the last try, within three days")
                .isEqualTo(NOW.plusDays(3).minusMinutes(1));

        event.claim(NOW.plusDays(3).minusMinutes(1), Duration.ofMinutes(5));
        event.failed(NOW.plusDays(3).minusMinutes(1), 503);
        assertThat(event.nextAttemptAt()).as("given up").isNull();
        assertThat(event.deliveredAt()).isNull();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
