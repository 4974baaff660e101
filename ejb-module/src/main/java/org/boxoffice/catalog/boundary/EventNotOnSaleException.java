package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

public class EventNotOnSaleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EventNotOnSaleException(Object id) {
        super(Kind.NOT_FOUND, "catalog.event-not-published", String.valueOf(id));
    }
}
