package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

public class EmailTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmailTakenException(String email) {
        super(Kind.CONFLICT, "account.email-taken", email);
    }
}
