package org.boxoffice.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.api.PortalAddress;

/** Password recovery by a link in a mail. */
@Path("v1/auth/password-reset")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

    @Inject
    Registration registration;

    @Inject
    PortalAddress portal;

    /** Always 202, whether or not the address has an account: no account probing. */
    @POST
    public Response request(
            @Valid @NotNull(message = "a JSON body with email is required") PasswordResetRequest request) {
        registration.requestPasswordReset(request.email(), portal.url());
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    public Response confirm(
            @Valid @NotNull(message = "a JSON body with token and newPassword is required")
                    PasswordResetConfirmation confirmation) {
        registration.resetPassword(
                confirmation.token(), confirmation.newPassword().toCharArray());
        return Response.noContent().build();
    }
}
