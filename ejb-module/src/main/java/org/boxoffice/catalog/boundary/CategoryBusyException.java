package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

/** The category stayed locked by another change, such as an event being saved in it, past the bounded wait. */
public class CategoryBusyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CategoryBusyException(Throwable cause) {
        super(Kind.CONFLICT, "catalog.category-busy");
        initCause(cause);
    }
}
