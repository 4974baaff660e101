package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new customer's registration. The password rules are checked by the registration itself. */
public record RegistrationRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String email,

        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String password,

        @Size(max = 100, message = "is longer than 100 characters")
        String displayName) {}
