package org.boxoffice.api.admin;

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
 * Every organisation's API clients, for admins: registered for the organisation named by {@code
 * organisationId}, or for none (then only {@code catalog:read} and {@code bookings:write}, for
 * any organisation's events), listed newest first, read and revoked (204; its tokens stop working
 * at once).
 */
@Path("v1/admin/clients")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminClientsResource {

    static final String BASE = "/api/v1/admin/clients";

    @Inject
    ApiClientsEndpoint endpoint;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(
            @Valid @NotNull(message = "a JSON body with name and scopes is required") ApiClientRequest request) {
        return endpoint.register(request, true, BASE);
    }

    @GET
    public PageView<ApiClientView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return endpoint.list(true, page, size);
    }

    @GET
    @Path("{clientId}")
    public ApiClientView client(@PathParam("clientId") String clientId) {
        return endpoint.get(true, clientId);
    }

    /** Revokes the client; revoking a revoked client again answers 204 too. */
    @DELETE
    @Path("{clientId}")
    public Response revoke(@PathParam("clientId") String clientId) {
        return endpoint.revoke(true, clientId);
    }
}
