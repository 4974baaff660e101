package org.boxoffice.account.entity;

import org.boxoffice.platform.BusinessException;

/** A time zone that is not one, such as {@code Europe/Atlantis}: zones are named as {@code Europe/Berlin}. */
public class InvalidZoneException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidZoneException(String zone) {
        super(Kind.INVALID, "account.invalid-zone", zone);
    }
}
