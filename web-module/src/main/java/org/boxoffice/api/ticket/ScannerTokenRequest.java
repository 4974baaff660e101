package org.boxoffice.api.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A new scanner token: a {@code label} to know it by ("North gate, phone 2"), the {@code gate} all
 * its scans are recorded at (optional), and when it stops working ({@code expiresAt}, a date-time
 * with offset; by default six hours after the event ends, at the latest a day after).
 */
public record ScannerTokenRequest(
        @NotBlank(message = "is required: a name to know the token by")
        @Size(max = 80, message = "is longer than 80 characters")
        String label,

        @Size(max = 40, message = "is longer than 40 characters")
        String gate,

        OffsetDateTime expiresAt) {}
