package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * A change of an event made against a version of it that is no longer the current one: someone
 * changed the event since the caller read it. Nothing of the change is written.
 */
public class EventChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EventChangedException(long eventId, long expected, long current) {
        super(Kind.PRECONDITION_FAILED, "catalog.event-changed", asWritten(eventId, expected, current));
    }
}
