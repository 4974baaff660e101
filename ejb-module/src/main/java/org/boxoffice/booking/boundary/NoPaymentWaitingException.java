package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** A challenge was answered, but no payment of the booking waits for one. */
public class NoPaymentWaitingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoPaymentWaitingException(long bookingId) {
        super(Kind.CONFLICT, "payment.none-waiting", bookingId);
    }
}
