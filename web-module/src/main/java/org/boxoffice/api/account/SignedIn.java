package org.boxoffice.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.boxoffice.account.entity.Account;

/**
 * The account of the request's token, looked up once per request by {@link ActiveAccountFilter}
 * and read by the resources from here.
 */
@RequestScoped
public class SignedIn {

    private Account account;

    void set(Account account) {
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
