package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/** A signed-in person confirmed an action with a password that is not the account's. */
public class PasswordMismatchException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PasswordMismatchException() {
        super(Kind.FORBIDDEN, "account.password-mismatch");
    }
}
