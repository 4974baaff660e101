package org.boxoffice.booking.entity;

import org.boxoffice.platform.BusinessException;

/** A change the booking's state does not allow, such as paying a cancelled booking. */
public class InvalidBookingStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** What was asked of a booking, for the message (its order is the message's choice). */
    public enum Change {
        CONFIRM,
        EXPIRE,
        CANCEL,
        REFUND
    }

    public InvalidBookingStateException(BookingStatus status, Change change) {
        super(Kind.CONFLICT, "booking.invalid-state", status.name(), change.ordinal());
    }
}
