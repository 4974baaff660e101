package org.boxoffice.api.ticket;

import java.time.OffsetDateTime;

/**
 * A scanner token just made, with its secret shown this once: {@code token} goes into the {@code
 * Authorization: Bearer} header of the check-in requests; {@code scanUrl} opens the portal's
 * scanner page with it (in the fragment, which browsers never send to a server).
 */
public record IssuedScannerTokenView(
        String id,
        String eventId,
        String label,
        String gate,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        String token,
        String scanUrl) {

    static IssuedScannerTokenView of(ScannerTokenView view, String token, String scanUrl) {
        return new IssuedScannerTokenView(
                view.id(),
                view.eventId(),
                view.label(),
                view.gate(),
                view.status(),
                view.createdAt(),
                view.expiresAt(),
                token,
                scanUrl);
    }
}
