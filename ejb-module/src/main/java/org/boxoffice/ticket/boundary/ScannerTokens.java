package org.boxoffice.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.control.ApiTokens;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.ticket.control.Barcodes;
import org.boxoffice.ticket.entity.ScannerToken;
import org.boxoffice.ticket.entity.ScannerTokenException;

/**
 * Scanner tokens of an organizer's events: made (the API token shown once), listed and revoked.
 * Only the events of the organizer's own organisation: another's answers as an unknown event.
 *
 * <p>A token is a MicroProfile JWT signed with the platform's API token key, with the group {@link
 * Role#SCANNER_ROLE} and the claims {@link #EVENT_CLAIM}, {@link #GATE_CLAIM} and the row's {@code
 * jti}; the API checks the row on every request ({@link #findByJti}), so that a revoked token stops
 * at once.
 */
@Stateless
public class ScannerTokens {

    /** The claim with the id of the token's event. */
    public static final String EVENT_CLAIM = "event";

    /** The claim with the token's gate, when it has one. */
    public static final String GATE_CLAIM = "gate";

    /**
     * The portal's scanner page, followed by the token: in the fragment, which a browser never sends
     * to a server, so that the token stays out of logs and Referer headers.
     */
    public static final String SCAN_PAGE = "/scan.xhtml#token=";

    /** The side of the QR code of a scanner link, in pixels. */
    static final int LINK_CODE_PIXELS = 480;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganizerEvents events;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Barcodes barcodes;

    /** A new token and its secret: the API token, which is shown this once and never stored. */
    public record Issued(ScannerToken token, String secret) {}

    /**
     * A token for the event, working until {@code expiresAt} (null: {@link
     * ScannerToken#DEFAULT_AFTER_END} after the event ends).
     *
     * @throws org.boxoffice.catalog.boundary.UnknownEventException for an event not of the organizer's organisation
     * @throws ScannerTokenException for an event that is not published or is long over, or a label,
     *     gate or expiry that does not fit ({@link ScannerToken#expiry})
     */
    public Issued create(Account organizer, long eventId, String label, String gate, OffsetDateTime expiresAt) {
        Event event = events.get(organizer, eventId);
        if (!event.isPublished()) {
            throw new ScannerTokenException(ScannerTokenException.Reason.EVENT_NOT_PUBLISHED, eventId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expiry = ScannerToken.expiry(expiresAt, event.endsAt().toOffsetDateTime(), now);
        ScannerToken token = new ScannerToken(eventId, label, gate, organizer.id(), expiry, now);
        em.persist(token);
        em.flush();
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put(EVENT_CLAIM, String.valueOf(eventId));
        token.gate().ifPresent(bound -> claims.put(GATE_CLAIM, bound));
        ApiTokens.Issued issued = apiTokens.issue(
                "scanner-" + token.id(),
                List.of(Role.SCANNER_ROLE),
                claims,
                token.jti(),
                now.toInstant(),
                token.expiresAt().toInstant());
        return new Issued(token, issued.token());
    }

    /** The event's tokens, newest first, revoked and expired ones included. */
    public Page<ScannerToken> list(Account organizer, long eventId, int page, int size) {
        events.get(organizer, eventId);
        List<ScannerToken> items = em.createNamedQuery(ScannerToken.OF_EVENT, ScannerToken.class)
                .setParameter("event", eventId)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(ScannerToken.COUNT_OF_EVENT, Long.class)
                .setParameter("event", eventId)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /**
     * Stops the token working at once; revoking it again changes nothing.
     *
     * @throws ScannerTokenException UNKNOWN when the event has no token of this id
     */
    public ScannerToken revoke(Account organizer, long eventId, long tokenId) {
        events.get(organizer, eventId);
        ScannerToken token = em.find(ScannerToken.class, tokenId);
        if (token == null || token.eventId() != eventId) {
            throw new ScannerTokenException(ScannerTokenException.Reason.UNKNOWN, tokenId);
        }
        token.revoke(organizer.id(), OffsetDateTime.now(ZoneOffset.UTC));
        return token;
    }

    /** The token of this JWT id, active or not. */
    public Optional<ScannerToken> findByJti(String jti) {
        if (jti == null || jti.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ScannerToken.BY_JTI, ScannerToken.class)
                .setParameter("jti", jti)
                .getResultStream()
                .findFirst();
    }

    /** A scanner link as a QR code (PNG), for a phone's camera to open. */
    public byte[] linkCode(String link) {
        return barcodes.png(Barcodes.Symbology.QR_CODE, link, LINK_CODE_PIXELS, LINK_CODE_PIXELS);
    }
}
