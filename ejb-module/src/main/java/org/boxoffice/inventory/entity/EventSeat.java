package org.boxoffice.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/** One reserved seat of one published event, and whether it can still be sold. */
@Entity
@Table(name = "event_seat")
@IdClass(EventSeat.Key.class)
@NamedQuery(
        name = EventSeat.FREE_BY_TYPE,
        query = "select s.ticketTypeId, count(s) from EventSeat s"
                + " where s.eventId = :event and s.status = org.boxoffice.inventory.entity.EventSeat.Status.FREE"
                + " group by s.ticketTypeId")
@NamedQuery(
        name = EventSeat.OF_EVENT_BY_SEATS,
        query = "select s from EventSeat s where s.eventId = :event and s.seatId in :seats order by s.seatId")
@NamedQuery(
        name = EventSeat.COUNT_BY_TYPE_AND_STATUS,
        query = "select s.ticketTypeId, s.status, count(s) from EventSeat s where s.eventId = :event"
                + " group by s.ticketTypeId, s.status")
@NamedQuery(
        name = EventSeat.OF_BOOKINGS,
        query = "select s from EventSeat s where s.bookingId in :bookings order by s.eventId, s.seatId")
public class EventSeat {

    public static final String FREE_BY_TYPE = "EventSeat.freeByType";
    /** The rows of some seats of an event, in seat id order: the one order every locker takes them in. */
    public static final String OF_EVENT_BY_SEATS = "EventSeat.ofEventBySeats";

    /** The seats some bookings hold or bought, in (event, seat) order: how releases lock them. */
    public static final String OF_BOOKINGS = "EventSeat.ofBookings";

    public static final String COUNT_BY_TYPE_AND_STATUS = "EventSeat.countByTypeAndStatus";

    public enum Status {
        FREE,
        /** In a customer's booking that is not paid yet. */
        HELD,
        SOLD,
        /** Held back by the organizer (for guests, the press, a camera): not for sale until released. */
        WITHHELD
    }

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Id
    @Column(name = "seat_id")
    private Long seatId;

    @Column(name = "ticket_type_id", nullable = false)
    private Long ticketTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    /** The booking that holds or bought the seat; null while it is free or held back. */
    @Column(name = "booking_id")
    private Long bookingId;

    @Version
    private long version;

    protected EventSeat() {}

    /**
     * The organizer holds the seat back from sale.
     *
     * @throws IllegalStateException when the seat is not free; the inventory checks first
     */
    public void withhold() {
        if (status != Status.FREE) {
            throw new IllegalStateException("seat " + seatId + " is " + status + ", not FREE");
        }
        status = Status.WITHHELD;
    }

    /**
     * The organizer puts a seat held back on sale again.
     *
     * @throws IllegalStateException when the seat is not held back; the inventory checks first
     */
    public void release() {
        if (status != Status.WITHHELD) {
            throw new IllegalStateException("seat " + seatId + " is " + status + ", not WITHHELD");
        }
        status = Status.FREE;
    }

    /**
     * A customer's booking holds the seat until it is paid or its hold ends.
     *
     * @throws IllegalStateException when the seat is not free; the inventory checks first
     */
    public void holdFor(long booking) {
        if (status != Status.FREE) {
            throw new IllegalStateException("seat " + seatId + " is " + status + ", not FREE");
        }
        status = Status.HELD;
        bookingId = booking;
    }

    /** The booking that held or bought the seat ended (expired, cancelled, refunded): on sale again. */
    public void free() {
        if (status != Status.HELD && status != Status.SOLD) {
            throw new IllegalStateException("seat " + seatId + " is " + status + ", not HELD or SOLD");
        }
        status = Status.FREE;
        bookingId = null;
    }

    public Long bookingId() {
        return bookingId;
    }

    public Long eventId() {
        return eventId;
    }

    public Long seatId() {
        return seatId;
    }

    public Long ticketTypeId() {
        return ticketTypeId;
    }

    public Status status() {
        return status;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long eventId;
        private Long seatId;

        public Key() {}

        public Key(Long eventId, Long seatId) {
            this.eventId = eventId;
            this.seatId = seatId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(eventId, key.eventId)
                    && Objects.equals(seatId, key.seatId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, seatId);
        }
    }
}
