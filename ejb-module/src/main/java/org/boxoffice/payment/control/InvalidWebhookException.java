package org.boxoffice.payment.control;

import org.boxoffice.platform.BusinessException;

/**
 * A webhook whose signature is missing, wrong or too old, or whose payload is not an event of the
 * provider: refused with 400, and nothing is changed.
 */
public class InvalidWebhookException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public InvalidWebhookException(String provider, String reason) {
        super(Kind.MALFORMED, "payment.webhook-invalid", provider);
        this.reason = reason;
    }

    /** What was wrong, for the log (never the secret or the expected signature). */
    public String reason() {
        return reason;
    }
}
