package org.boxoffice.api.webhook;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boxoffice.webhook.entity.WebhookSubscription;
import org.boxoffice.webhook.entity.WebhookTopic;

/**
 * A subscription: its {@code url}, the {@code events} it receives, the organisation whose events
 * they are ({@code organisationId}; null for an admin's subscription, which receives every
 * organisation's) and when it was made (UTC). Its secret is shown once, when it is made.
 */
public record WebhookView(String id, String url, List<String> events, String organisationId, String createdAt) {

    public static WebhookView of(WebhookSubscription subscription) {
        return new WebhookView(
                String.valueOf(subscription.id()),
                subscription.url(),
                subscription.topics().stream().map(WebhookTopic::wireName).toList(),
                subscription.organisationId().map(String::valueOf).orElse(null),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(subscription.createdAt()));
    }
}
