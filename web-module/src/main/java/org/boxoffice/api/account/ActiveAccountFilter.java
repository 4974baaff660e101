package org.boxoffice.api.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.problem.Problem;
import org.boxoffice.api.ticket.ScannerTokenFilter;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: the token's account must still exist and be active, its
 * password unchanged since the token was issued and its roles still those the token names, so that
 * a disabled account's or a replaced password's tokens stop working at once, on every endpoint,
 * before they expire. Scanner tokens and API clients' tokens are no account's: {@code
 * ScannerTokenFilter} and {@link ClientTokenFilter} check them.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ActiveAccountFilter implements ContainerRequestFilter {

    @Inject
    Accounts accounts;

    @Inject
    SignedIn signedIn;

    /**
     * A token from before the password last changed, or one naming a role the account no longer
     * has, counts no more: a changed password or a role taken away takes effect at once.
     */
    static boolean stillValid(JsonWebToken token, Account account) {
        Set<String> roles = account.roles().stream().map(Enum::name).collect(Collectors.toSet());
        // iat is in whole seconds: a token counts as issued at the end of its second, so that the
        // one issued right after a change is not refused (one issued in the same second before it
        // still counts)
        return account.acceptsSignInFrom(Instant.ofEpochSecond(token.getIssuedAtTime() + 1))
                && roles.containsAll(Optional.ofNullable(token.getGroups()).orElse(Set.of()));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(SignedIn.API_TOKEN) instanceof JsonWebToken token)) {
            if (request.getSecurityContext().getUserPrincipal() != null) {
                refuse(request); // signed in, but not by a token this filter can check: fail closed
            }
            return; // no token: the endpoint's roles decide whether that is allowed
        }
        if (ScannerTokenFilter.isScannerToken(token) || ClientTokenFilter.isClientToken(token)) {
            return; // no account's: ScannerTokenFilter or ClientTokenFilter checked it
        }
        Optional<Account> account = Parameters.id(token.getSubject())
                .flatMap(accounts::findWithRoles)
                .filter(Account::isActive)
                .filter(candidate -> stillValid(token, candidate));
        account.ifPresent(signedIn::set);
        if (account.isEmpty()) {
            refuse(request);
        }
    }

    private static void refuse(ContainerRequestContext request) {
        request.abortWith(Response.fromResponse(Problem.ofStatus(
                                Response.Status.UNAUTHORIZED,
                                "This token no longer counts: its account was closed or disabled, its password"
                                        + " changed or a role taken away. Sign in again.")
                        .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build());
    }
}
