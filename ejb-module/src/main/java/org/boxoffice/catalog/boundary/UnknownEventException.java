package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

public class UnknownEventException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownEventException(Object id) {
        super(Kind.NOT_FOUND, "catalog.unknown-event", String.valueOf(id));
    }
}
