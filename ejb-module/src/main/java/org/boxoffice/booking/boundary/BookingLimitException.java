package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** More tickets than one order of the event may have. */
public class BookingLimitException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BookingLimitException(int limit, int asked) {
        super(Kind.INVALID, "booking.over-limit", limit, asked);
    }
}
