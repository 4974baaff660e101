package org.boxoffice.inventory.entity;

import org.boxoffice.platform.BusinessException;

public class SoldOutException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SoldOutException(int asked, int left) {
        super(Kind.CONFLICT, "inventory.sold-out", asked, left);
    }
}
