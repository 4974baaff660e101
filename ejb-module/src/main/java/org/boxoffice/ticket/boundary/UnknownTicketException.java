package org.boxoffice.ticket.boundary;

import org.boxoffice.platform.BusinessException;

/** No ticket of this customer has this id (another customer's ticket is not told apart). */
public class UnknownTicketException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownTicketException(Object id) {
        super(Kind.NOT_FOUND, "ticket.unknown", String.valueOf(id));
    }
}
