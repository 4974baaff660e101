package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an admin disables or closes an account: kept in the audit trail (and shown while disabled). */
public record ReasonRequest(
        @NotBlank(message = "is required") @Size(max = 500, message = "is longer than 500 characters")
        String reason) {}
