package org.boxoffice.api.ticket;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.ticket.entity.ScannerToken;

/**
 * A scanner token as its organizers see it: never its secret, which only the answer that made it
 * carries ({@link IssuedScannerTokenView}). {@code status} is ACTIVE, EXPIRED or REVOKED.
 */
public record ScannerTokenView(
        String id,
        String eventId,
        String label,
        String gate,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt) {

    static ScannerTokenView of(ScannerToken token) {
        return new ScannerTokenView(
                String.valueOf(token.id()),
                String.valueOf(token.eventId()),
                token.label(),
                token.gate().orElse(null),
                token.statusAt(OffsetDateTime.now(ZoneOffset.UTC)).name(),
                token.createdAt(),
                token.expiresAt(),
                token.revokedAt().orElse(null));
    }
}
