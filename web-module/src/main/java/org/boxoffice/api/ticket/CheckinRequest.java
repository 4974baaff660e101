package org.boxoffice.api.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A scanned ticket: its code as printed under the QR code (or read from it), and the gate it was
 * scanned at (free text, optional; a scanner token bound to a gate records its own).
 */
public record CheckinRequest(
        @NotBlank(message = "is required: the ticket's code")
        @Size(max = 200, message = "is longer than 200 characters")
        String code,

        @Size(max = 40, message = "is longer than 40 characters")
        String gate) {}
