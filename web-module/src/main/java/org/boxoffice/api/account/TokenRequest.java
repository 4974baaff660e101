package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials exchanged for an API token. */
public record TokenRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String email,

        @NotBlank(message = "is required") @Size(max = 1000, message = "is longer than 1000 characters")
        String password) {}
