package org.boxoffice.notification.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * A dead letter that cannot be sent again as it is: it names no queue it came from, or its body is
 * of a form the platform never sends. It can only be discarded.
 */
public class DeadLetterNotResendableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DeadLetterNotResendableException(String id, String reason) {
        super(Kind.CONFLICT, "notification.dead-letter-not-resendable", id, reason);
    }
}
