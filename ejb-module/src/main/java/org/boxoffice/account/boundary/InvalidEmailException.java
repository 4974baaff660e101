package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

public class InvalidEmailException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidEmailException(String email) {
        super(Kind.INVALID, "account.invalid-email", email);
    }
}
