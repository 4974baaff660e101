package org.boxoffice.api.ticket;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.ticket.boundary.ScannerTokens;
import org.boxoffice.ticket.entity.ScannerTokenException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The scanner tokens of an event of the organizer's organisation: made (the token shown once, with
 * the link that opens the scanner page with it), listed and revoked. Another organisation's event
 * answers 404, as an unknown one does.
 */
@Path("v1/organizer/events/{eventId}/scanner-tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class ScannerTokensResource {

    @Inject
    ScannerTokens tokens;

    @Inject
    SignedIn signedIn;

    @Inject
    PortalAddress portal;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @PathParam("eventId") String eventId,
            @Valid @NotNull(message = "a JSON body with label is required") ScannerTokenRequest request) {
        long event = eventId(eventId);
        ScannerTokens.Issued issued =
                tokens.create(signedIn.get(), event, request.label(), request.gate(), request.expiresAt());
        ScannerTokenView view = ScannerTokenView.of(issued.token());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(URI.create("/api/v1/organizer/events/" + event + "/scanner-tokens/" + view.id()))
                .entity(IssuedScannerTokenView.of(
                        view, issued.secret(), portal.url() + ScannerTokens.SCAN_PAGE + issued.secret()))
                .cacheControl(noStore)
                .build();
    }

    /** The event's tokens, newest first, expired and revoked ones included; never their secrets. */
    @GET
    public PageView<ScannerTokenView> list(
            @PathParam("eventId") String eventId, @QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(tokens.list(signedIn.get(), eventId(eventId), pageNumber, pageSize), ScannerTokenView::of);
    }

    /** Stops the token working at once; revoking a revoked token again answers 204 too. */
    @DELETE
    @Path("{tokenId}")
    public Response revoke(@PathParam("eventId") String eventId, @PathParam("tokenId") String tokenId) {
        long event = eventId(eventId);
        long token = Parameters.id(tokenId)
                .orElseThrow(() -> new ScannerTokenException(ScannerTokenException.Reason.UNKNOWN, tokenId));
        tokens.revoke(signedIn.get(), event, token);
        return Response.noContent().build();
    }

    static long eventId(String eventId) {
        return Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
    }
}
