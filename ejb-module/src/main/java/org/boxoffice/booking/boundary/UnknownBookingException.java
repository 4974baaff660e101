package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** No booking of this customer has this id (another customer's booking is not told apart). */
public class UnknownBookingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownBookingException(Object id) {
        super(Kind.NOT_FOUND, "booking.unknown", String.valueOf(id));
    }
}
