package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

public class CategoryNameTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CategoryNameTakenException(String name) {
        super(Kind.CONFLICT, "catalog.category-name-taken", name);
    }
}
