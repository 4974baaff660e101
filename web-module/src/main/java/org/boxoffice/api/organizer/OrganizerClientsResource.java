package org.boxoffice.api.organizer;

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
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.account.ApiClientRequest;
import org.boxoffice.api.account.ApiClientView;
import org.boxoffice.api.account.ApiClientsEndpoint;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The API clients of the organizer's organisation: registered (201 with the secret, shown once),
 * listed newest first, read and revoked (204; its tokens stop working at once). Another
 * organisation's client answers 404, as an unknown one does.
 */
@Path("v1/organizer/clients")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class OrganizerClientsResource {

    static final String BASE = "/api/v1/organizer/clients";

    @Inject
    ApiClientsEndpoint endpoint;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(
            @Valid @NotNull(message = "a JSON body with name and scopes is required") ApiClientRequest request) {
        return endpoint.register(request, false, BASE);
    }

    @GET
    public PageView<ApiClientView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return endpoint.list(false, page, size);
    }

    @GET
    @Path("{clientId}")
    public ApiClientView client(@PathParam("clientId") String clientId) {
        return endpoint.get(false, clientId);
    }

    /** Revokes the client; revoking a revoked client again answers 204 too. */
    @DELETE
    @Path("{clientId}")
    public Response revoke(@PathParam("clientId") String clientId) {
        return endpoint.revoke(false, clientId);
    }
}
