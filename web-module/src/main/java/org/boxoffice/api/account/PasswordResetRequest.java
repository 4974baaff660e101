package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordResetRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String email) {}
