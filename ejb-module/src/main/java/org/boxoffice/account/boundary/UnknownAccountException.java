package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

public class UnknownAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(Object id) {
        super(Kind.NOT_FOUND, "account.unknown", String.valueOf(id));
    }
}
