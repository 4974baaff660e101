package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** A refund that names neither tickets nor a positive amount the booking's currency can hold. */
public class InvalidRefundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidRefundException() {
        super(Kind.INVALID, "refund.invalid-amount");
    }
}
