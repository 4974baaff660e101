package org.boxoffice.payment.boundary;

import org.boxoffice.platform.BusinessException;

/** A refund of a booking that has no payment to give money back from (free, or never paid). */
public class NothingPaidException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NothingPaidException(long bookingId) {
        super(Kind.CONFLICT, "refund.nothing-paid", bookingId);
    }
}
