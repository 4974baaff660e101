package org.boxoffice.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * A token for the door staff of one event, optionally of one gate: it admits tickets of that event
 * and reads its check-in list, and does nothing else. The API token itself (a JWT naming {@link
 * #jti()}) is shown once when it is made; this row decides on every use whether it still counts, so
 * that revoking it takes effect at once.
 */
@Entity
@Table(name = "scanner_token")
@NamedQuery(name = ScannerToken.BY_JTI, query = "select s from ScannerToken s where s.jti = :jti")
@NamedQuery(
        name = ScannerToken.OF_EVENT,
        query = "select s from ScannerToken s where s.eventId = :event order by s.createdAt desc, s.id desc")
@NamedQuery(name = ScannerToken.COUNT_OF_EVENT, query = "select count(s) from ScannerToken s where s.eventId = :event")
public class ScannerToken {

    public static final String BY_JTI = "ScannerToken.byJti";
    public static final String OF_EVENT = "ScannerToken.ofEvent";
    public static final String COUNT_OF_EVENT = "ScannerToken.countOfEvent";

    /** The longest label and gate the columns take (V28). */
    public static final int LABEL_LENGTH = 80;

    public static final int GATE_LENGTH = 40;

    /** Without an expiry asked for, a token works until this long after the event ends. */
    public static final Duration DEFAULT_AFTER_END = Duration.ofHours(6);

    /** A token never works longer than this after the event ends: the door is closed by then. */
    public static final Duration LONGEST_AFTER_END = Duration.ofHours(24);

    /** Where a token stands. */
    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    @Id
    @SequenceGenerator(name = "scanner_token_seq", sequenceName = "scanner_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scanner_token_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String jti;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(length = GATE_LENGTH, updatable = false)
    private String gate;

    @Column(nullable = false, length = LABEL_LENGTH, updatable = false)
    private String label;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    protected ScannerToken() {}

    /**
     * A new token for the event, with a fresh random {@link #jti()}.
     *
     * @param label what the organizer calls it ("North gate phone 2"), 1 to 80 characters
     * @param gate the gate its scans are recorded at, whatever the scanner says; null for any
     * @param expiresAt when it stops working, as {@link #expiry} decided
     * @throws ScannerTokenException LABEL or GATE for a label or gate that does not fit
     */
    public ScannerToken(
            long eventId, String label, String gate, long createdBy, OffsetDateTime expiresAt, OffsetDateTime now) {
        this.jti = UUID.randomUUID().toString();
        this.eventId = eventId;
        this.label = label(label);
        this.gate = gate(gate);
        this.createdBy = createdBy;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        this.expiresAt = expiresAt.withOffsetSameInstant(ZoneOffset.UTC);
        if (!this.expiresAt.isAfter(this.createdAt)) {
            throw new ScannerTokenException(ScannerTokenException.Reason.EXPIRY_PAST);
        }
    }

    /**
     * When a token made {@code now} for an event that ends at {@code eventEnds} stops working: the
     * time asked for, or without one {@link #DEFAULT_AFTER_END} after the end (or, when that has
     * passed, {@link #LONGEST_AFTER_END} after it).
     *
     * @throws ScannerTokenException EVENT_OVER when the event ended more than {@link
     *     #LONGEST_AFTER_END} ago, EXPIRY_PAST for a time asked for that is not after now,
     *     EXPIRY_TOO_LATE for one more than {@link #LONGEST_AFTER_END} after the end
     */
    public static OffsetDateTime expiry(OffsetDateTime requested, OffsetDateTime eventEnds, OffsetDateTime now) {
        OffsetDateTime latest = eventEnds.plus(LONGEST_AFTER_END);
        if (!latest.isAfter(now)) {
            throw new ScannerTokenException(ScannerTokenException.Reason.EVENT_OVER);
        }
        if (requested == null) {
            OffsetDateTime usual = eventEnds.plus(DEFAULT_AFTER_END);
            return (usual.isAfter(now) ? usual : latest).withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (!requested.isAfter(now)) {
            throw new ScannerTokenException(ScannerTokenException.Reason.EXPIRY_PAST);
        }
        if (requested.isAfter(latest)) {
            throw new ScannerTokenException(ScannerTokenException.Reason.EXPIRY_TOO_LATE);
        }
        return requested.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A gate as it is recorded: trimmed, null when blank; at most {@link #GATE_LENGTH} characters. */
    public static String gate(String gate) {
        if (gate == null || gate.isBlank()) {
            return null;
        }
        String trimmed = gate.strip();
        if (trimmed.length() > GATE_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ScannerTokenException(ScannerTokenException.Reason.GATE);
        }
        return trimmed;
    }

    private static String label(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > LABEL_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ScannerTokenException(ScannerTokenException.Reason.LABEL);
        }
        return trimmed;
    }

    /** Stops it working from {@code now}; a token revoked before stays as it was. */
    public void revoke(long accountId, OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
            revokedBy = accountId;
        }
    }

    public Status statusAt(OffsetDateTime now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean isActiveAt(OffsetDateTime now) {
        return statusAt(now) == Status.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String jti() {
        return jti;
    }

    public Long eventId() {
        return eventId;
    }

    public Optional<String> gate() {
        return Optional.ofNullable(gate);
    }

    public String label() {
        return label;
    }

    public Long createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
