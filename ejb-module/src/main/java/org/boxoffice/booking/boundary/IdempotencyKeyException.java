package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** An Idempotency-Key that is missing, malformed, or was used before for another request. */
public class IdempotencyKeyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason {@code missing}, {@code invalid} or {@code reused}
     */
    public IdempotencyKeyException(String reason) {
        super(Kind.INVALID, "booking.idempotency-key." + reason);
    }
}
