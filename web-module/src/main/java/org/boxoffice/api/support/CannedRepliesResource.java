package org.boxoffice.api.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.support.boundary.CannedReplies;
import org.boxoffice.support.entity.CannedReply;
import org.boxoffice.support.entity.SupportException;
import org.boxoffice.support.entity.SupportException.Reason;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The support desk's canned replies (support staff and admins only): a title, a body and a
 * language ({@code en}, {@code de}...), listed by language and title, used to prefill an answer.
 */
@Path("v1/support/canned-replies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
public class CannedRepliesResource {

    @Inject
    CannedReplies replies;

    @Inject
    SignedIn signedIn;

    /** Every reply, or those of one {@code language}, paged as every list is. */
    @GET
    public PageView<CannedReplyView> list(
            @QueryParam("language") String language, @QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.ofAll(replies.list(signedIn.get(), language), pageNumber, pageSize, CannedReplyView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @Valid @NotNull(message = "a JSON body with title, body and language is required")
                    CannedReplyRequest request) {
        CannedReply reply = replies.create(signedIn.get(), request.title(), request.body(), request.language());
        return Response.created(URI.create("/api/v1/support/canned-replies/" + reply.id()))
                .entity(CannedReplyView.of(reply))
                .build();
    }

    @GET
    @Path("{replyId}")
    public CannedReplyView get(@PathParam("replyId") String replyId) {
        return CannedReplyView.of(replies.get(signedIn.get(), id(replyId)));
    }

    @PUT
    @Path("{replyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CannedReplyView change(
            @PathParam("replyId") String replyId,
            @Valid @NotNull(message = "a JSON body with title, body and language is required")
                    CannedReplyRequest request) {
        return CannedReplyView.of(
                replies.change(signedIn.get(), id(replyId), request.title(), request.body(), request.language()));
    }

    @DELETE
    @Path("{replyId}")
    public Response delete(@PathParam("replyId") String replyId) {
        replies.delete(signedIn.get(), id(replyId));
        return Response.noContent().build();
    }

    private static long id(String replyId) {
        return Parameters.id(replyId).orElseThrow(() -> new SupportException(Reason.UNKNOWN_CANNED_REPLY, replyId));
    }
}
