package org.boxoffice.ticket.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * The customer's booking has no tickets to show: it is not confirmed yet (held, expired), or it was
 * cancelled or refunded and its tickets are void.
 */
public class NoValidTicketsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoValidTicketsException(long bookingId) {
        super(Kind.CONFLICT, "ticket.none-valid", String.valueOf(bookingId));
    }
}
