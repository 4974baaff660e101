package org.boxoffice.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.boxoffice.account.entity.Account;

/**
 * The account of the request, looked up once per request: from the API token by {@link
 * ActiveAccountFilter}, from the page session by {@code SignInMechanism}; read from here
 * by the resources and the pages.
 */
@RequestScoped
public class SignedIn {

    /**
     * The request attribute that holds an API request's verified token (MicroProfile JWT's {@code
     * JsonWebToken}), set by the authentication mechanism: cheaper to read than the injected token,
     * whose producer looks the caller up again on every request.
     */
    public static final String API_TOKEN = "org.boxoffice.apiToken";

    private Account account;

    public void set(Account account) {
        this.account = account;
    }

    public Optional<Account> find() {
        return Optional.ofNullable(account);
    }

    /** @throws NotAuthorizedException for a request without a valid token of an active account */
    public Account get() {
        return find().orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
