package org.boxoffice.venue.boundary;

import org.boxoffice.platform.BusinessException;

/** No venue with this id for the asking organizer: unknown, or another organisation's. */
public class UnknownVenueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownVenueException(Object id) {
        super(Kind.NOT_FOUND, "venue.unknown", String.valueOf(id));
    }
}
