package org.boxoffice.venue.entity;

import org.boxoffice.platform.BusinessException;

/**
 * A venue or seat map that breaks a rule; the code names which: name, address, city, zone,
 * section-name, rows, seats, capacity, too-large, category, seats-unknown.
 */
public class InvalidVenueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidVenueException(String rule) {
        super(Kind.INVALID, "venue.invalid." + rule);
    }
}
