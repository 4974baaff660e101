package org.boxoffice.api.account;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An OAuth 2.0 style token answer (RFC 6749, section 5.1). */
@JsonbPropertyOrder({"access_token", "token_type", "expires_in"})
public record TokenView(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") long expiresIn) {}
