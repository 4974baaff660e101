package org.boxoffice.api.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.boxoffice.payment.boundary.PaymentWebhooks;

/**
 * The payment provider's webhooks ({@code stripe}, or {@code test} for the built-in test
 * provider). No token: the provider's signature over the exact body proves where an event comes
 * from. 200 {@code {"received": "APPLIED"|"DUPLICATE"|"IGNORED"}} once the event is taken; 400
 * problem+json for a missing or wrong signature (nothing changes); 404 for a provider not in use.
 * Anything else (a row lock that stays taken) is a 5xx, and the provider delivers the event again.
 */
@Path("v1/payments/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentWebhooksResource {

    /** The answer to a webhook taken. */
    public record WebhookReceipt(String received) {}

    @Inject
    PaymentWebhooks webhooks;

    @POST
    @Path("{provider}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public WebhookReceipt receiveWebhook(
            @PathParam("provider") String provider, String payload, @Context HttpHeaders headers) {
        PaymentWebhooks.Receipt receipt = webhooks.receive(provider, payload == null ? "" : payload, name -> {
            List<String> values = headers.getRequestHeader(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        });
        return new WebhookReceipt(receipt.name());
    }
}
