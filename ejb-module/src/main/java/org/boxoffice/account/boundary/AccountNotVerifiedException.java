package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/** The right password, but the address has not been confirmed yet. */
public class AccountNotVerifiedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountNotVerifiedException() {
        super(Kind.FORBIDDEN, "account.unverified");
    }
}
