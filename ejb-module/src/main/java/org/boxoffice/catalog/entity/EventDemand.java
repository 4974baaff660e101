package org.boxoffice.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * How an event stands with buyers, read from the view {@code event_demand} (migration V12): tickets
 * taken, tickets left and the cheapest price. It is a view, not columns on the event, because the
 * numbers live in the inventory rows that bookings change (allotments and event seats); the view
 * keeps them in one place where the catalog can sort by them in the database ({@code join} on the
 * event id), never in memory. Read-only: nothing ever writes it.
 */
@Entity
@Table(name = "event_demand")
public class EventDemand {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    /**
     * Tickets taken: general-admission places taken plus seats HELD or SOLD. This is the event's
     * popularity; bookings (issue 5) change these same rows, so it grows with them.
     */
    @Column(name = "taken", insertable = false, updatable = false)
    private long taken;

    /** Tickets left: general-admission places not taken plus seats still FREE. */
    @Column(name = "available", insertable = false, updatable = false)
    private long available;

    /** The lowest ticket-type price, whatever its currency; null for an event without ticket types. */
    @Column(name = "price_from", insertable = false, updatable = false)
    private BigDecimal priceFrom;

    protected EventDemand() {}

    public Long eventId() {
        return eventId;
    }

    public long taken() {
        return taken;
    }

    public long available() {
        return available;
    }

    public BigDecimal priceFrom() {
        return priceFrom;
    }

    public boolean isSoldOut() {
        return available <= 0;
    }
}
