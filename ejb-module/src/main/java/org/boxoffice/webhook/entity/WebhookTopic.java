package org.boxoffice.webhook.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook tells of, by the name integrators subscribe to ({@code booking.confirmed}). */
public enum WebhookTopic {
    BOOKING_CONFIRMED("booking.confirmed"),
    BOOKING_CANCELLED("booking.cancelled"),
    BOOKING_REFUNDED("booking.refunded"),
    TICKET_CHECKED_IN("ticket.checked_in"),
    EVENT_CHANGED("event.changed"),
    EVENT_CANCELLED("event.cancelled");

    private final String wireName;

    WebhookTopic(String wireName) {
        this.wireName = wireName;
    }

    /** The name in subscriptions, payloads and the event header. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookTopic> byName(String name) {
        return Arrays.stream(values())
                .filter(topic -> topic.wireName.equals(name))
                .findFirst();
    }
}
