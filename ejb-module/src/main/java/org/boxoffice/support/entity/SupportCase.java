package org.boxoffice.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.boxoffice.support.entity.SupportException.Reason;

/**
 * A customer's support case: about one of their bookings (its event and organisation kept beside it
 * for the desk's filters and the organizers' view) or a general one. The case keeps its own state
 * consistent: a customer's message opens it, a public answer of the desk or an organizer makes it
 * wait for the customer, the desk resolves, closes and reopens it, and a closed case takes no
 * messages. {@code stateSince} is when it came into its state: the queue shows the longest waiting
 * first, and the auto-close timer closes those left waiting for their customer.
 */
@Entity
@Table(name = "support_case")
@NamedQuery(
        name = SupportCase.CLOSE_STALE,
        query = "update SupportCase c set c.state = org.boxoffice.support.entity.CaseState.CLOSED,"
                + " c.closedAt = :now, c.stateSince = :now, c.lastActivityAt = :now, c.awaitingStaff = false,"
                + " c.version = c.version + 1"
                + " where c.state in :states and c.stateSince < :before")
@NamedQuery(
        name = SupportCase.OF_CUSTOMER,
        query = "select c from SupportCase c where c.customerId = :customer order by c.createdAt, c.id")
public class SupportCase {

    /**
     * Closes, in one conditional statement, the cases in {@code :states} since before {@code
     * :before}: two instances running it at once close each case once.
     */
    public static final String CLOSE_STALE = "SupportCase.closeStale";

    /** A customer's cases, oldest first (the data export). */
    public static final String OF_CUSTOMER = "SupportCase.ofCustomer";

    public static final int SUBJECT_MAX = 200;

    @Id
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    private Long id;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseState state;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "first_response_at")
    private OffsetDateTime firstResponseAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "last_activity_at", nullable = false)
    private OffsetDateTime lastActivityAt;

    @Column(name = "state_since", nullable = false)
    private OffsetDateTime stateSince;

    /** Whether the customer waits for an answer: the queue shows these first. */
    @Column(name = "awaiting_staff", nullable = false)
    private boolean awaitingStaff;

    @Version
    private long version;

    protected SupportCase() {}

    /**
     * A new, open case; the booking (with its event and organisation) for every kind but GENERAL.
     *
     * @throws SupportException invalid-subject, booking-required, booking-not-allowed
     */
    public SupportCase(
            long customerId,
            CaseKind kind,
            String subject,
            Long bookingId,
            Long eventId,
            Long organisationId,
            OffsetDateTime now) {
        this.subject = checkedSubject(subject);
        if (kind.needsBooking() && bookingId == null) {
            throw new SupportException(Reason.BOOKING_REQUIRED, kind.name());
        }
        if (!kind.needsBooking() && bookingId != null) {
            throw new SupportException(Reason.BOOKING_NOT_ALLOWED, kind.name());
        }
        this.kind = kind;
        this.customerId = customerId;
        this.bookingId = bookingId;
        this.eventId = eventId;
        this.organisationId = organisationId;
        OffsetDateTime at = utc(now);
        this.createdAt = at;
        this.lastActivityAt = at;
        enter(CaseState.OPEN, at);
    }

    /** The subject as typed, stripped: 1 to {@value #SUBJECT_MAX} characters, no NUL. */
    public static String checkedSubject(String subject) {
        if (subject == null
                || subject.isBlank()
                || subject.strip().length() > SUBJECT_MAX
                || subject.indexOf('\u0000') >= 0) {
            throw new SupportException(Reason.INVALID_SUBJECT, SUBJECT_MAX);
        }
        return subject.strip();
    }

    /**
     * A message of this side is written on the case: a customer's opens it (also a resolved one),
     * a public answer of the desk or an organizer makes it wait for the customer; an internal note
     * changes no state. A closed case takes only internal notes.
     *
     * @throws SupportException case-closed
     */
    public void written(Side side, boolean internal, OffsetDateTime now) {
        OffsetDateTime at = utc(now);
        if (state == CaseState.CLOSED && !internal) {
            throw new SupportException(Reason.CASE_CLOSED, id);
        }
        lastActivityAt = at;
        if (internal) {
            return;
        }
        if (side == Side.CUSTOMER) {
            if (state != CaseState.OPEN) {
                resolvedAt = null;
                enter(CaseState.OPEN, at);
            }
        } else {
            if (firstResponseAt == null) {
                firstResponseAt = at;
            }
            if (state != CaseState.WAITING_FOR_CUSTOMER) {
                resolvedAt = null;
                enter(CaseState.WAITING_FOR_CUSTOMER, at);
            }
        }
    }

    /**
     * The desk moves the case: to RESOLVED (from OPEN or WAITING_FOR_CUSTOMER), to CLOSED (from any
     * state but CLOSED), or to OPEN again (from RESOLVED or CLOSED). WAITING_FOR_CUSTOMER comes from
     * an answer only.
     *
     * @throws SupportException invalid-state-change
     */
    public void moveTo(CaseState target, OffsetDateTime now) {
        OffsetDateTime at = utc(now);
        boolean allowed =
                switch (target) {
                    case RESOLVED -> state == CaseState.OPEN || state == CaseState.WAITING_FOR_CUSTOMER;
                    case CLOSED -> state != CaseState.CLOSED;
                    case OPEN -> state == CaseState.RESOLVED || state == CaseState.CLOSED;
                    case WAITING_FOR_CUSTOMER -> false;
                };
        if (!allowed) {
            throw new SupportException(Reason.INVALID_STATE_CHANGE, id, state.name(), target.name());
        }
        switch (target) {
            case RESOLVED -> resolvedAt = at;
            case CLOSED -> closedAt = at;
            case OPEN -> {
                resolvedAt = null;
                closedAt = null;
            }
            default -> throw new IllegalStateException(target.name());
        }
        lastActivityAt = at;
        enter(target, at);
    }

    /** The desk gives the case to one of its members, or to nobody (null). */
    public void assign(Long assignee, OffsetDateTime now) {
        this.assigneeId = assignee;
        this.lastActivityAt = utc(now);
    }

    /** The desk acted on the booking: the case counts as changed (its version moves on). */
    public void acted(OffsetDateTime now) {
        this.lastActivityAt = utc(now);
    }

    /**
     * The desk's action is based on the case as it was at {@code seen}.
     *
     * @throws SupportException case-changed when the case changed since
     */
    public void requireVersion(long seen) {
        if (seen != version) {
            throw new SupportException(Reason.CASE_CHANGED, id, seen, version);
        }
    }

    private void enter(CaseState next, OffsetDateTime at) {
        this.state = next;
        this.stateSince = at;
        this.awaitingStaff = next == CaseState.OPEN;
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** From the opening to the first public answer of the desk or an organizer; empty before it. */
    public Optional<Duration> firstResponseTime() {
        return Optional.ofNullable(firstResponseAt).map(at -> Duration.between(createdAt, at));
    }

    /** From the opening to its resolution (or, without one, its closing); empty while neither. */
    public Optional<Duration> resolutionTime() {
        return Optional.ofNullable(resolvedAt != null ? resolvedAt : closedAt)
                .map(at -> Duration.between(createdAt, at));
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public CaseKind kind() {
        return kind;
    }

    public CaseState state() {
        return state;
    }

    public long customerId() {
        return customerId;
    }

    public Optional<Long> bookingId() {
        return Optional.ofNullable(bookingId);
    }

    public Optional<Long> eventId() {
        return Optional.ofNullable(eventId);
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Optional<Long> assigneeId() {
        return Optional.ofNullable(assigneeId);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<OffsetDateTime> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<OffsetDateTime> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public OffsetDateTime lastActivityAt() {
        return lastActivityAt;
    }

    public OffsetDateTime stateSince() {
        return stateSince;
    }

    public long version() {
        return version;
    }
}
