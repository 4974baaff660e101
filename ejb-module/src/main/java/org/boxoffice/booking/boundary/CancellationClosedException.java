package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * The event's policy does not let customers cancel this booking: the event allows no cancellation,
 * or its deadline ({@code cancellationHours} before the start) has passed.
 */
public class CancellationClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param hours the event's deadline in hours before the start; null when it allows none */
    public CancellationClosedException(long bookingId, Integer hours) {
        super(Kind.CONFLICT, "booking.cancellation-closed", bookingId, hours == null ? -1 : hours);
    }
}
