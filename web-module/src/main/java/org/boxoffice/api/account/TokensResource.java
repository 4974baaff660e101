package org.boxoffice.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.control.ApiTokens;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.ClientAddress;

/** Exchanges an account's e-mail address and password for an API token. */
@Path("v1/auth/token")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    ClientAddress client;

    @POST
    public Response token(
            @Valid @NotNull(message = "a JSON body with email and password is required") TokenRequest request) {
        Account account = accounts.authenticate(
                request.email(), request.password().toCharArray(), client.value(), Accounts.Channel.API);
        ApiTokens.Issued issued = tokens.issue(account);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenView(
                        issued.token(), "Bearer", issued.lifetime().toSeconds()))
                .cacheControl(noStore)
                .header("Pragma", "no-cache")
                .build();
    }
}
