package org.boxoffice.api.account;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An OAuth 2.0 style token answer (RFC 6749, section 5.1); {@code scope}, the granted scopes, only
 * for an API client's token.
 */
@JsonbPropertyOrder({"access_token", "token_type", "expires_in", "scope"})
public record TokenView(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") long expiresIn,
        String scope) {}
