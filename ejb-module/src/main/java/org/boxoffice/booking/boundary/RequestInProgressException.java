package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * A booking request was sent again with the same Idempotency-Key while the first was still being
 * held. Its callers answer with the first request's booking ({@link Bookings#repeated}); a client
 * sees this only when that booking cannot be found, and then sends the request again.
 */
public class RequestInProgressException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RequestInProgressException() {
        super(Kind.CONFLICT, "booking.idempotency-key.in-progress");
    }
}
