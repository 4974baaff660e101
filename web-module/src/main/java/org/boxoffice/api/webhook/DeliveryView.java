package org.boxoffice.api.webhook;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.boxoffice.webhook.entity.WebhookDelivery;

/**
 * A delivery: its {@code id} (the receiver's {@code Boxoffice-Webhook-Id}), the {@code event}, its
 * {@code state} (PENDING, DELIVERED, FAILED), how many {@code attempts} were made, the last answer's
 * HTTP status ({@code lastStatus}, null when none came) and the start of its body or why none came
 * ({@code lastAnswer}, at most 500 characters), when the next attempt is due ({@code nextAttemptAt},
 * null once delivered or failed), and the {@code payload} posted. Times in UTC.
 */
public record DeliveryView(
        String id,
        String event,
        String state,
        int attempts,
        Integer lastStatus,
        String lastAnswer,
        String lastAttemptAt,
        String nextAttemptAt,
        String createdAt,
        String deliveredAt,
        String payload) {

    public static DeliveryView of(WebhookDelivery delivery) {
        return new DeliveryView(
                delivery.id(),
                delivery.topic().wireName(),
                delivery.state().name(),
                delivery.attempts(),
                delivery.lastStatus(),
                delivery.lastAnswer(),
                format(delivery.lastAttemptAt()),
                format(delivery.nextAttemptAt()),
                format(delivery.createdAt()),
                format(delivery.deliveredAt()),
                delivery.payload());
    }

    private static String format(OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
