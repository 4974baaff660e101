package org.boxoffice.booking.boundary;

import java.util.List;
import org.boxoffice.platform.BusinessException;

/** A refund names tickets that are not valid tickets of the booking (unknown, another's, cancelled). */
public class UnknownRefundTicketsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownRefundTicketsException(long bookingId, List<Long> ticketIds) {
        super(Kind.INVALID, "refund.unknown-tickets", bookingId, ticketIds.toString());
    }
}
