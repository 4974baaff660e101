package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** A ticket type that is not one of the event's. */
public class UnknownTicketTypeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownTicketTypeException(long ticketTypeId) {
        super(Kind.INVALID, "booking.unknown-ticket-type", ticketTypeId);
    }
}
