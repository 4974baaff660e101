package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * Another change of the same event (a publication, another editor's save) kept its row locked for
 * longer than the bounded wait.
 */
public class EventBusyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EventBusyException(Throwable cause) {
        super(Kind.CONFLICT, "catalog.event-busy");
        initCause(cause);
    }
}
