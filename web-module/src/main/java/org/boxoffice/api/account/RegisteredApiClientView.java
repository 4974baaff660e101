package org.boxoffice.api.account;

import org.boxoffice.account.entity.ApiClient;

/**
 * A client just registered: its id and its secret, shown this once (only its hash is kept), and
 * the client as it is listed.
 */
public record RegisteredApiClientView(String clientId, String clientSecret, ApiClientView client) {

    public static RegisteredApiClientView of(ApiClient.Registered registered) {
        return new RegisteredApiClientView(
                registered.client().clientId(), registered.secret(), ApiClientView.of(registered.client()));
    }
}
