package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * A booking request's Idempotency-Key was refused by the unique index (another request's booking
 * has it), yet no booking of the key can be read: the request that had it failed after all. Rare;
 * the client sends the request again. A repeat whose first request's booking can be read gets that
 * booking instead ({@link Bookings#hold}).
 */
public class RequestInProgressException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RequestInProgressException() {
        super(Kind.CONFLICT, "booking.idempotency-key.in-progress");
    }
}
