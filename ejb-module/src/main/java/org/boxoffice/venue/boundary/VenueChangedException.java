package org.boxoffice.venue.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * A change of a venue made against a version of it that is no longer the current one: someone
 * changed the venue since the caller read it. Nothing of the change is written.
 */
public class VenueChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public VenueChangedException(long venueId, long expected, long current) {
        super(Kind.PRECONDITION_FAILED, "venue.changed", asWritten(venueId, expected, current));
    }
}
