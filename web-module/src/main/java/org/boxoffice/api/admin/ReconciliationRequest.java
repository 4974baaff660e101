package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A day to reconcile: {@code {"day": "2026-12-06"}}, a day that has begun in the reconciliation's
 * zone.
 */
public record ReconciliationRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "must be a day such as 2026-12-06")
        String day) {}
