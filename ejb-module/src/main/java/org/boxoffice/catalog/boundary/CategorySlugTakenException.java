package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

public class CategorySlugTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CategorySlugTakenException(String slug) {
        super(Kind.CONFLICT, "catalog.category-slug-taken", slug);
    }
}
