package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** The customer would have more tickets of the event than one customer may (held and confirmed together). */
public class CustomerLimitException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CustomerLimitException(int limit, int already) {
        super(Kind.INVALID, "booking.customer-limit", limit, already);
    }
}
