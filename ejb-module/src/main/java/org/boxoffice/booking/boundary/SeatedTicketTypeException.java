package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** A ticket type asked for by quantity that sells reserved seats: its seats are chosen instead. */
public class SeatedTicketTypeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeatedTicketTypeException(long ticketTypeId) {
        super(Kind.INVALID, "booking.seated-ticket-type", ticketTypeId);
    }
}
