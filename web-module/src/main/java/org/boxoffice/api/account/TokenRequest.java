package org.boxoffice.api.account;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Size;

/**
 * Credentials exchanged for an API token: an account's {@code email} and {@code password}, or,
 * with {@code grant_type} {@code client_credentials}, an API client's {@code client_id} and {@code
 * client_secret} (RFC 6749, section 4.4). Without a grant type, the password grant.
 */
public record TokenRequest(
        @Size(max = 254, message = "is longer than 254 characters")
        String email,

        @Size(max = 1000, message = "is longer than 1000 characters")
        String password,

        @JsonbProperty("grant_type") @Size(max = 40, message = "is longer than 40 characters")
        String grantType,

        @JsonbProperty("client_id") @Size(max = 40, message = "is longer than 40 characters")
        String clientId,

        @JsonbProperty("client_secret") @Size(max = 100, message = "is longer than 100 characters")
        String clientSecret) {}
