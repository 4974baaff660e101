package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/** A link from a mail that is unknown, used already or expired: one answer for all three. */
public class InvalidAccountTokenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidAccountTokenException() {
        super(Kind.INVALID, "account.invalid-token");
    }
}
