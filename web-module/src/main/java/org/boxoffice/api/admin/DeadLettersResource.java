package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.notification.boundary.DeadLetters;
import org.boxoffice.notification.boundary.UnknownDeadLetterException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The messages the broker gave up on, for admins: listed without being taken off the dead-letter
 * queue, then each sent again to the queue it failed on, or discarded. Both are in the audit trail.
 */
@Path("v1/admin/dead-letters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /** A page of the dead-letter queue, oldest first. */
    @GET
    public PageView<DeadLetterView> listDeadLetters(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(deadLetters.list(pageNumber, pageSize), DeadLetterView::of);
    }

    @GET
    @Path("{messageId}")
    public DeadLetterView deadLetter(@PathParam("messageId") String messageId) {
        return deadLetters
                .find(messageId)
                .map(DeadLetterView::of)
                .orElseThrow(() -> new UnknownDeadLetterException(messageId));
    }

    /** Sends the message again to the queue it failed on and takes it off the dead-letter queue. */
    @POST
    @Path("{messageId}/resend")
    public DeadLetterView resendDeadLetter(@PathParam("messageId") String messageId) {
        return DeadLetterView.of(deadLetters.resend(Long.parseLong(token.getSubject()), messageId, client.value()));
    }

    /** Takes the message off the dead-letter queue for good. */
    @DELETE
    @Path("{messageId}")
    public Response discardDeadLetter(@PathParam("messageId") String messageId) {
        deadLetters.discard(Long.parseLong(token.getSubject()), messageId, client.value());
        return Response.noContent().build();
    }
}
