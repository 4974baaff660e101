package org.boxoffice.ticket.entity;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One admission: a seat, or one general-admission place, of a confirmed booking, with the code the
 * door scans.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = Ticket.OF_BOOKING, query = "select t from Ticket t where t.bookingId = :booking order by t.id")
@NamedQuery(
        name = Ticket.OF_BOOKINGS,
        query = "select t from Ticket t where t.bookingId in :bookings order by t.bookingId, t.id")
@NamedQuery(
        name = Ticket.ADMIT,
        query = "update Ticket t set t.admittedAt = :at, t.admittedGate = :gate, t.admittedByAccount = :account,"
                + " t.admittedByScanner = :scanner, t.admittedByClient = :client where t.id = :id and t.eventId = :event"
                + " and t.status = org.boxoffice.ticket.entity.TicketStatus.VALID and t.admittedAt is null")
@NamedQuery(
        name = Ticket.AT_DOOR,
        query = "select t.eventId, t.status, t.admittedAt, t.admittedGate, t.bookingId, tt.name, a.displayName,"
                + " x.name, s.rowLabel, s.number from Ticket t join TicketType tt on tt.id = t.ticketTypeId"
                + " join Booking b on b.id = t.bookingId join Account a on a.id = b.accountId"
                + " left join Seat s on s.id = t.seatId left join s.section x where t.id = :id")
@NamedQuery(
        name = Ticket.OF_EVENT_AFTER,
        query = "select t from Ticket t where t.eventId = :event and t.id > :after order by t.id")
@NamedQuery(name = Ticket.COUNT_OF_EVENT, query = "select count(t) from Ticket t where t.eventId = :event")
@NamedQuery(
        name = Ticket.COUNT_VALID_OF_EVENT,
        query = "select count(t) from Ticket t where t.eventId = :event"
                + " and t.status = org.boxoffice.ticket.entity.TicketStatus.VALID")
@NamedQuery(
        name = Ticket.ADMITTED_BY_GATE,
        query = "select t.admittedGate, count(t) from Ticket t where t.eventId = :event and t.admittedAt is not null"
                + " group by t.admittedGate order by count(t) desc")
@NamedQuery(
        name = Ticket.OF_HOLDER_AT_EVENT,
        query = "select t.status, t.admittedAt, b.status from Ticket t join Booking b on b.id = t.bookingId"
                + " where b.accountId = :account and t.eventId = :event")
public class Ticket {

    public static final String OF_BOOKING = "Ticket.ofBooking";
    public static final String OF_BOOKINGS = "Ticket.ofBookings";

    /**
     * The admission: one conditional update, so that of two scans at once only one finds the
     * ticket valid and not admitted (the other's update waits for the row and then matches nothing).
     */
    public static final String ADMIT = "Ticket.admit";

    /**
     * What the door shows of a ticket, in one query: its event, status, admission, booking, the
     * name of its type, the display name of its holder, and its seat's section, row and number
     * (for a general-admission place: null, null and 0).
     */
    public static final String AT_DOOR = "Ticket.atDoor";

    /** An event's tickets after an id, in id order: a page of the check-in list. */
    public static final String OF_EVENT_AFTER = "Ticket.ofEventAfter";

    public static final String COUNT_OF_EVENT = "Ticket.countOfEvent";
    public static final String COUNT_VALID_OF_EVENT = "Ticket.countValidOfEvent";
    public static final String ADMITTED_BY_GATE = "Ticket.admittedByGate";

    /** A customer's tickets of an event: each one's status, admission and booking status. */
    public static final String OF_HOLDER_AT_EVENT = "Ticket.ofHolderAtEvent";

    /** The sequence of ticket ids (V23: start with and increment by {@link #ID_BLOCK}). */
    public static final String ID_SEQUENCE = "ticket_seq";

    /** How many ids one call of the id sequence stands for: its increment. */
    public static final int ID_BLOCK = 50;

    /** The longest code the column takes (V24). */
    public static final int CODE_LENGTH = 160;

    /** Given by the issuer, which signs it into the code; EclipseLink numbers a ticket persisted without one. */
    @Id
    @SequenceGenerator(name = ID_SEQUENCE, sequenceName = ID_SEQUENCE, allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = ID_SEQUENCE)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private Long bookingId;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "ticket_type_id", nullable = false)
    private Long ticketTypeId;

    @Column(name = "seat_id")
    private Long seatId;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TicketStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /**
     * When the ticket let its holder in, at which gate, and by whom (a signed-in account or a
     * scanner token). A scan sets them with one conditional update ({@code Admissions}), so that two
     * scans at once cannot both find the ticket unused; {@link #admit} is for a row already locked.
     */
    @Column(name = "admitted_at")
    private OffsetDateTime admittedAt;

    @Column(name = "admitted_gate", length = ScannerToken.GATE_LENGTH)
    private String admittedGate;

    @Column(name = "admitted_by_account")
    private Long admittedByAccount;

    @Column(name = "admitted_by_scanner")
    private Long admittedByScanner;

    @Column(name = "admitted_by_client", length = 40)
    private String admittedByClient;

    protected Ticket() {}

    public Ticket(
            long id, long bookingId, long eventId, long ticketTypeId, Long seatId, String code, OffsetDateTime now) {
        this.id = id;
        this.bookingId = bookingId;
        this.eventId = eventId;
        this.ticketTypeId = ticketTypeId;
        this.seatId = seatId;
        this.code = code;
        this.status = TicketStatus.VALID;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long bookingId() {
        return bookingId;
    }

    public Long eventId() {
        return eventId;
    }

    public Long ticketTypeId() {
        return ticketTypeId;
    }

    public Long seatId() {
        return seatId;
    }

    public String code() {
        return code;
    }

    public TicketStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> admittedAt() {
        return Optional.ofNullable(admittedAt);
    }

    /** The gate of the admission; empty when there was none, or the scan named no gate. */
    public Optional<String> admittedGate() {
        return Optional.ofNullable(admittedGate);
    }

    /**
     * Records the admission of a scan at {@code at}, replacing a later one: the caller holds the
     * row's lock and has checked that the ticket is valid and not admitted before {@code at}.
     */
    public void admit(OffsetDateTime at, String gate, Long byAccount, Long byScanner, String byClient) {
        if (!isValid() || (admittedAt != null && !at.isBefore(admittedAt))) {
            throw new IllegalStateException("ticket " + id + " cannot be admitted at " + at);
        }
        this.admittedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        this.admittedGate = gate;
        this.admittedByAccount = byAccount;
        this.admittedByScanner = byScanner;
        this.admittedByClient = byClient;
    }

    /** The ticket stops letting anyone in: its booking ended, or it was refunded on its own. */
    public void cancel() {
        status = TicketStatus.CANCELLED;
    }

    public boolean isValid() {
        return status == TicketStatus.VALID;
    }
}
