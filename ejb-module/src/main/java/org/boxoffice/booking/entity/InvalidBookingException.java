package org.boxoffice.booking.entity;

import org.boxoffice.platform.BusinessException;

/** What was asked for cannot make a booking: no lines, lines of several currencies. */
public class InvalidBookingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason the message key after {@code booking.invalid.}, such as {@code no-lines}
     */
    public InvalidBookingException(String reason, Object... arguments) {
        super(Kind.INVALID, "booking.invalid." + reason, arguments);
    }
}
