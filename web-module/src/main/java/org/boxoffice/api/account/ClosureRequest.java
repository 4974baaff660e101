package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing an account is confirmed with its password. */
public record ClosureRequest(
        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String password) {}
