package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password grant's credentials, checked as such once the token request is known to be one. */
public record PasswordCredentials(
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String email,

        @NotBlank(message = "is required") @Size(max = 1000, message = "is longer than 1000 characters")
        String password) {}
