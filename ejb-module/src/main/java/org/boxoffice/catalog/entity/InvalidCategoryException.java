package org.boxoffice.catalog.entity;

import org.boxoffice.platform.BusinessException;

/** A category name or slug that breaks its rule; the code names which: name, slug, derived-slug. */
public class InvalidCategoryException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidCategoryException(String rule) {
        super(Kind.INVALID, "catalog.invalid-category." + rule);
    }
}
