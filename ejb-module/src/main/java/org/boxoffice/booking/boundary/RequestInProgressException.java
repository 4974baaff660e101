package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * A booking request's Idempotency-Key has a booking already, which the unique index told when the
 * hold went to write its own: a repeat, sent after the first request was answered or while it was
 * still being held. Its callers answer with that booking ({@link Bookings#repeated}); a client sees
 * this only when none can be read (the first request failed after all), and then sends the
 * request again.
 */
public class RequestInProgressException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RequestInProgressException() {
        super(Kind.CONFLICT, "booking.idempotency-key.in-progress");
    }
}
