package org.boxoffice.account.entity;

import org.boxoffice.platform.BusinessException;

public class NotAnOrganizerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAnOrganizerException(Object accountId) {
        super(Kind.CONFLICT, "account.not-an-organizer", String.valueOf(accountId));
    }
}
