package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of the link in a password reset mail, and the new password. */
public record PasswordResetConfirmation(
        @NotBlank(message = "is required") @Size(max = 100, message = "is not a token")
        String token,

        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String newPassword) {}
