package org.boxoffice.booking.entity;

/** Where a booking stands. HELD is the only state that ends by itself (at its expiry). */
public enum BookingStatus {
    /** Inventory taken for the customer until the hold expires; not paid yet. */
    HELD,
    /** Paid (or free) and ticketed. */
    CONFIRMED,
    /** The hold ran out before payment; its inventory is on sale again. */
    EXPIRED,
    /** Given up before payment, or a free booking cancelled; its inventory is on sale again. */
    CANCELLED,
    /** A paid booking cancelled and its money given back; its inventory is on sale again. */
    REFUNDED;

    /** Whether nothing can happen to a booking in this state any more. */
    public boolean isFinal() {
        return this == EXPIRED || this == CANCELLED || this == REFUNDED;
    }
}
