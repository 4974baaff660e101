package org.boxoffice.inventory.boundary;

import org.boxoffice.platform.BusinessException;

/** The rows asked for stayed locked by other buyers for longer than the bounded wait. */
public class InventoryBusyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InventoryBusyException(Throwable cause) {
        super(Kind.CONFLICT, "inventory.busy");
        initCause(cause);
    }
}
