package org.boxoffice.inventory.entity;

import org.boxoffice.platform.BusinessException;

/** Some seats asked for are not seats of this event that can be sold (another venue's, blocked, unknown). */
public class UnknownSeatsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownSeatsException(int unknown) {
        super(Kind.INVALID, "inventory.unknown-seats", unknown);
    }
}
