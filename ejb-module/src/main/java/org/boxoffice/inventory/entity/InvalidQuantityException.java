package org.boxoffice.inventory.entity;

import org.boxoffice.platform.BusinessException;

public class InvalidQuantityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidQuantityException(int quantity) {
        super(Kind.INVALID, "inventory.invalid-quantity", quantity);
    }
}
