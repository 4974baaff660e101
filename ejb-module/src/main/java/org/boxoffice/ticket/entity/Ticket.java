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
public class Ticket {

    public static final String OF_BOOKING = "Ticket.ofBooking";
    public static final String OF_BOOKINGS = "Ticket.ofBookings";

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
}
