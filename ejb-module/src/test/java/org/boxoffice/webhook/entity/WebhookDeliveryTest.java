package org.boxoffice.webhook.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final List<Duration> SCHEDULE =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30));

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(
                7L,
                WebhookTopic.BOOKING_CONFIRMED,
                Json.createObjectBuilder().add("bookingId", "1").build(),
                NOW,
                Duration.ofMinutes(2));
    }

    @Test
    void aNewDeliveryIsHandedOverWithItsIdInThePayload() {
        WebhookDelivery delivery = delivery();
        assertThat(delivery.id()).matches("whd_[0-9a-f]{32}");
        assertThat(delivery.payload())
                .contains("\"id\":\"" + delivery.id() + "\"")
                .contains("\"type\":\"booking.confirmed\"")
                .contains("\"data\":{\"bookingId\":\"1\"}");
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(delivery.round()).isEqualTo(1);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusMinutes(2));
    }

    @Test
    void failuresFollowTheScheduleAndThenFail() {
        WebhookDelivery delivery = delivery();
        delivery.failed(1, NOW, 500, "down", SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
        delivery.failed(1, NOW, null, "no answer", SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusMinutes(5));
        assertThat(delivery.lastStatus()).isNull();
        delivery.failed(1, NOW, 503, "x".repeat(2000), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusMinutes(30));
        assertThat(delivery.lastAnswer()).hasSize(WebhookDelivery.EXCERPT);
        delivery.failed(1, NOW, 503, "still down", SCHEDULE);
        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void aFailureOfAnEarlierRoundChangesNothingButASuccessDelivers() {
        WebhookDelivery delivery = delivery();
        delivery.replay(NOW, Duration.ofMinutes(2));
        delivery.failed(1, NOW, 500, "late answer of round 1", SCHEDULE);
        assertThat(delivery.lastStatus()).isNull();
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        delivery.delivered(NOW, 204, "");
        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivery.nextAttemptAt()).isNull();
        delivery.failed(2, NOW, 500, "after", SCHEDULE);
        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aReplayStartsANewRoundAndTheScheduleAgain() {
        WebhookDelivery delivery = delivery();
        for (int i = 0; i <= SCHEDULE.size(); i++) {
            delivery.failed(1, NOW, 500, "down", SCHEDULE);
        }
        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.replay(NOW, Duration.ofMinutes(2))).isEqualTo(2);
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        delivery.failed(2, NOW, 500, "down", SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
    }
}
