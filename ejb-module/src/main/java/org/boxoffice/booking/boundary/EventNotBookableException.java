package org.boxoffice.booking.boundary;

import org.boxoffice.platform.BusinessException;

/** The event is published but not on sale now: sales have not started, or have ended. */
public class EventNotBookableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EventNotBookableException(long eventId) {
        super(Kind.CONFLICT, "booking.not-on-sale", String.valueOf(eventId));
    }
}
