package org.boxoffice.api.webhook;

import java.util.List;
import org.boxoffice.webhook.boundary.Webhooks;

/**
 * A subscription just made, with its signing {@code secret}: shown this once and never again (the
 * platform keeps it encrypted, to sign with). Every delivery carries {@code
 * Boxoffice-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the secret>}.
 */
public record NewWebhookView(
        String id, String url, List<String> events, String organisationId, String createdAt, String secret) {

    public static NewWebhookView of(Webhooks.Subscribed subscribed) {
        WebhookView view = WebhookView.of(subscribed.subscription());
        return new NewWebhookView(
                view.id(), view.url(), view.events(), view.organisationId(), view.createdAt(), subscribed.secret());
    }
}
