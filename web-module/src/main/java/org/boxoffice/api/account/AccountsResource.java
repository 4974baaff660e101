package org.boxoffice.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.Parameters;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in account. Its token's subject is the account id. */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    JsonWebToken token;

    @GET
    @Path("me")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
    public AccountView me() {
        return AccountView.of(signedIn());
    }

    /** The token's account, which must still exist and be active: a disabled account's tokens stop. */
    private Account signedIn() {
        return Parameters.id(token.getSubject())
                .flatMap(accounts::find)
                .filter(Account::isActive)
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
