package org.boxoffice.api.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A report an admin starts by hand: {@code {"organisationId": "50", "day": "2026-12-06"}}, a day
 * that has ended in the organisation's zone.
 */
public record SalesReportRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "^$|^\\d{1,18}$", message = "must be an organisation's id")
        String organisationId,

        @NotBlank(message = "is required")
        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "must be a day such as 2026-12-06")
        String day) {}
