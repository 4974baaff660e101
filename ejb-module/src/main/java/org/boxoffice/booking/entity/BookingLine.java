package org.boxoffice.booking.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.boxoffice.platform.entity.Money;

/**
 * What one booking took from one inventory row: a reserved seat (quantity 1), or a number of
 * general-admission places from one allotment, at the ticket type's price of the moment.
 */
@Entity
@Table(name = "booking_line")
public class BookingLine {

    /** The sequence of booking line ids (V22: start with and increment by {@link #ID_BLOCK}). */
    public static final String ID_SEQUENCE = "booking_line_seq";

    /** How many ids one call of the id sequence stands for: its increment. */
    public static final int ID_BLOCK = 50;

    /** Set through {@link Booking#identify} on the hold's path; else EclipseLink numbers the line. */
    @Id
    @SequenceGenerator(name = ID_SEQUENCE, sequenceName = ID_SEQUENCE, allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = ID_SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @Column(name = "ticket_type_id", nullable = false)
    private Long ticketTypeId;

    /** The seat, for a seated ticket type; null for general admission. */
    @Column(name = "seat_id")
    private Long seatId;

    /** The allotment the places came from, for general admission; null for a seat. */
    @Column(name = "allotment_id")
    private Long allotmentId;

    @Column(nullable = false)
    private int quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "unit_price_currency"))
    private Money unitPrice;

    protected BookingLine() {}

    private BookingLine(Long ticketTypeId, Long seatId, Long allotmentId, int quantity, Money unitPrice) {
        if (quantity < 1) {
            throw new IllegalArgumentException("a line is for at least one ticket, not " + quantity);
        }
        this.ticketTypeId = ticketTypeId;
        this.seatId = seatId;
        this.allotmentId = allotmentId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    /** One reserved seat of a seated ticket type. */
    public static BookingLine seat(long ticketTypeId, long seatId, Money price) {
        return new BookingLine(ticketTypeId, seatId, null, 1, price);
    }

    /** Places of a general-admission ticket type, taken from one allotment. */
    public static BookingLine places(long ticketTypeId, long allotmentId, int quantity, Money price) {
        return new BookingLine(ticketTypeId, null, allotmentId, quantity, price);
    }

    void belongTo(Booking booking) {
        this.booking = booking;
    }

    /** The price of the line's tickets together. */
    public BigDecimal amount() {
        return unitPrice.amount().multiply(BigDecimal.valueOf(quantity));
    }

    void identify(long id) {
        if (this.id != null) {
            throw new IllegalStateException("booking line " + this.id + " has its id already");
        }
        this.id = id;
    }

    public Long id() {
        return id;
    }

    public Long ticketTypeId() {
        return ticketTypeId;
    }

    public Long seatId() {
        return seatId;
    }

    public Long allotmentId() {
        return allotmentId;
    }

    public boolean isSeat() {
        return seatId != null;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }
}
