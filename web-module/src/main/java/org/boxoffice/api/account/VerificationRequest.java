package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of the link in a verification mail. */
public record VerificationRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "is not a token")
        String token) {}
