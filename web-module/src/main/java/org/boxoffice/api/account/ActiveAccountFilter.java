package org.boxoffice.api.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: the token's account must still exist and be active, so that a
 * disabled account's tokens stop working at once, on every endpoint, before they expire.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ActiveAccountFilter implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Inject
    Accounts accounts;

    @Inject
    SignedIn signedIn;

    @Override
    public void filter(ContainerRequestContext request) {
        if (token == null || token.getRawToken() == null) {
            return;
        }
        Optional<Account> account =
                Parameters.id(token.getSubject()).flatMap(accounts::find).filter(Account::isActive);
        account.ifPresent(signedIn::set);
        boolean active = account.isPresent();
        if (!active) {
            request.abortWith(Response.fromResponse(Problem.ofStatus(
                                    Response.Status.UNAUTHORIZED,
                                    "This token's account is closed or disabled. Sign in again.")
                            .toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build());
        }
    }
}
