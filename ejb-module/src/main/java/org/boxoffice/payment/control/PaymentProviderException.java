package org.boxoffice.payment.control;

import org.boxoffice.platform.BusinessException;

/**
 * The payment provider did not answer, or answered with an error: nothing is changed here, the
 * booking stays held and the customer may try again.
 */
public class PaymentProviderException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public PaymentProviderException(String provider, String reason) {
        super(Kind.UNAVAILABLE, "payment.provider-unavailable", provider);
        this.reason = reason;
    }

    /** What went wrong, for the log (not for the customer). */
    public String reason() {
        return reason;
    }
}
