package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

public class InvalidCredentialsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super(Kind.UNAUTHENTICATED, "account.invalid-credentials");
    }
}
