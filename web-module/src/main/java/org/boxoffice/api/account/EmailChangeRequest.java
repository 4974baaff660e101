package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new e-mail address, confirmed with the password; it takes effect once its link is opened. */
public record EmailChangeRequest(
        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String password,

        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String newEmail) {}
