package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/** The account stayed locked by another change (another admin's, a sign-in failure) past the bounded wait. */
public class AccountBusyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountBusyException(Throwable cause) {
        super(Kind.CONFLICT, "account.busy");
        initCause(cause);
    }
}
