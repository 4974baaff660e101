package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

/** A category that events use cannot be deleted: they would lose their category. */
public class CategoryInUseException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long events;

    public CategoryInUseException(String name, long events) {
        super(Kind.CONFLICT, "catalog.category-in-use", name, events);
        this.events = events;
    }

    /** How many events use the category. */
    public long events() {
        return events;
    }
}
