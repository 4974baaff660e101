package org.boxoffice.api.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.webhook.boundary.Webhooks;
import org.boxoffice.webhook.entity.WebhookException;
import org.boxoffice.webhook.entity.WebhookException.Reason;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Webhook subscriptions: an organizer's receive their organisation's events, an admin's every
 * organisation's. The signing secret is in the answer of the POST only. Another organisation's
 * subscription answers 404 as an unknown id does.
 */
@Path("v1/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.ORGANIZER_ROLE, Role.ADMIN_ROLE})
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Inject
    SignedIn signedIn;

    @Inject
    ClientAddress client;

    /** Subscribes a URL to events: 201 with the signing secret, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(
            @Valid @NotNull(message = "a JSON body with url and events is required") WebhookRequest request) {
        Webhooks.Subscribed subscribed =
                webhooks.subscribe(signedIn.get(), request.url(), request.events(), client.value());
        return Response.created(UriBuilder.fromPath("/api/v1/webhooks/{id}")
                        .build(subscribed.subscription().id()))
                .entity(NewWebhookView.of(subscribed))
                .build();
    }

    @GET
    public PageView<WebhookView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(webhooks.list(signedIn.get(), pageNumber, pageSize), WebhookView::of);
    }

    @GET
    @Path("{webhookId}")
    public WebhookView webhook(@PathParam("webhookId") String webhookId) {
        return WebhookView.of(webhooks.get(signedIn.get(), id(webhookId)));
    }

    /** Deletes the subscription and its deliveries; nothing more is sent to it. */
    @DELETE
    @Path("{webhookId}")
    public Response delete(@PathParam("webhookId") String webhookId) {
        webhooks.delete(signedIn.get(), id(webhookId), client.value());
        return Response.noContent().build();
    }

    /** The subscription's deliveries, newest first. */
    @GET
    @Path("{webhookId}/deliveries")
    public PageView<DeliveryView> deliveries(
            @PathParam("webhookId") String webhookId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(webhooks.deliveries(signedIn.get(), id(webhookId), pageNumber, pageSize), DeliveryView::of);
    }

    @GET
    @Path("{webhookId}/deliveries/{deliveryId}")
    public DeliveryView delivery(@PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId) {
        return DeliveryView.of(webhooks.delivery(signedIn.get(), id(webhookId), deliveryId));
    }

    /**
     * Sends a delivery again, whatever its state, with the same id: 202, the delivery as it is
     * now (PENDING); it goes out within seconds.
     */
    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/replay")
    public Response replay(@PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId) {
        return Response.accepted(DeliveryView.of(webhooks.replay(signedIn.get(), id(webhookId), deliveryId)))
                .build();
    }

    private static long id(String value) {
        return Parameters.id(value).orElseThrow(() -> new WebhookException(Reason.UNKNOWN_SUBSCRIPTION, value));
    }
}
