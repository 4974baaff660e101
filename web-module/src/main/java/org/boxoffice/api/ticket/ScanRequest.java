package org.boxoffice.api.ticket;

import jakarta.validation.constraints.Size;

/**
 * A scan made offline: the code, the gate, and when it was made (a date-time with offset such as
 * {@code 2026-05-01T19:42:05+02:00}). A scan that cannot be read is refused on its own, in its
 * result, and the others are applied.
 */
public record ScanRequest(
        @Size(max = 200, message = "is longer than 200 characters")
        String code,

        @Size(max = 40, message = "is longer than 40 characters")
        String gate,

        @Size(max = 40, message = "is longer than 40 characters")
        String scannedAt) {}
