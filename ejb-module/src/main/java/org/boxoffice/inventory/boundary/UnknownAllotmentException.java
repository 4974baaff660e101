package org.boxoffice.inventory.boundary;

import org.boxoffice.platform.BusinessException;

public class UnknownAllotmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAllotmentException(long id) {
        super(Kind.NOT_FOUND, "inventory.unknown-allotment", String.valueOf(id));
    }
}
