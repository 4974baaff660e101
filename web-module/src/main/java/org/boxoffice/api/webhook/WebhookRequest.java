package org.boxoffice.api.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new subscription: the {@code url} that receives the deliveries (absolute http or https; https
 * is strongly advised) and the {@code events} it receives ({@code booking.confirmed},
 * {@code booking.cancelled}, {@code booking.refunded}, {@code ticket.checked_in},
 * {@code event.changed}, {@code event.cancelled}).
 */
public record WebhookRequest(
        @NotNull(message = "is required: the URL that receives the deliveries")
        @Size(max = 2000, message = "is longer than 2000 characters")
        String url,

        @NotNull(message = "is required: the names of the events to receive")
        @Size(min = 1, max = 20, message = "must name 1 to 20 events")
        List<
                        @NotNull(message = "must not hold null")
                        @Size(max = 100, message = "holds a name longer than 100 characters") String>
                events) {}
