package org.boxoffice.inventory.entity;

import org.boxoffice.platform.BusinessException;

/** No seats, or more seats than one change may take at a time. */
public class SeatCountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SeatCountException(int asked, int most) {
        super(Kind.INVALID, "inventory.seat-count", asked, most);
    }
}
