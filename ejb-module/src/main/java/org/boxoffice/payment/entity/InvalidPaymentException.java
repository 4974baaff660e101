package org.boxoffice.payment.entity;

import org.boxoffice.platform.BusinessException;

/**
 * What the customer sent to pay with cannot be used: no method, a card number that is not one, an
 * expiry in the past. Nothing is sent to the provider.
 */
public class InvalidPaymentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param reason the last part of the message code: {@code payment.invalid.<reason>} */
    public InvalidPaymentException(String reason) {
        super(Kind.INVALID, "payment.invalid." + reason);
    }
}
