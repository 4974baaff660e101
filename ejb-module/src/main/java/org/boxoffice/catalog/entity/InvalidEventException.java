package org.boxoffice.catalog.entity;

import org.boxoffice.platform.BusinessException;

public class InvalidEventException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String reason) {
        super(Kind.INVALID, "catalog.invalid-event", reason);
    }
}
