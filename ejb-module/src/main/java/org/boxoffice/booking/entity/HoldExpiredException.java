package org.boxoffice.booking.entity;

import org.boxoffice.platform.BusinessException;

/** The hold ran out before the booking was paid: nothing is charged, the seats may be gone. */
public class HoldExpiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public HoldExpiredException(long bookingId) {
        super(Kind.CONFLICT, "booking.hold-expired", bookingId);
    }
}
