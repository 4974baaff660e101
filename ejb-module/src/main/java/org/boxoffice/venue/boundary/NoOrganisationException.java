package org.boxoffice.venue.boundary;

import org.boxoffice.platform.BusinessException;

/** An organizer not placed in an organisation yet: venues belong to organisations. */
public class NoOrganisationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoOrganisationException() {
        super(Kind.FORBIDDEN, "venue.no-organisation");
    }
}
