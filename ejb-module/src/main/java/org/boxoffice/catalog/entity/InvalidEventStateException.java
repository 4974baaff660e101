package org.boxoffice.catalog.entity;

import org.boxoffice.platform.BusinessException;

public class InvalidEventStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidEventStateException(Long eventId, EventStatus status, String action) {
        super(Kind.CONFLICT, "catalog.invalid-state", String.valueOf(eventId), status, action);
    }
}
