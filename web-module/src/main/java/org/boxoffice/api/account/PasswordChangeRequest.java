package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, confirmed with the current one. */
public record PasswordChangeRequest(
        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String currentPassword,

        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String newPassword) {}
