package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

public class UnknownCategoryException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCategoryException(Object id) {
        super(Kind.NOT_FOUND, "catalog.unknown-category", String.valueOf(id));
    }
}
