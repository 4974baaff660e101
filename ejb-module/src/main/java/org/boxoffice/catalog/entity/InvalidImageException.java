package org.boxoffice.catalog.entity;

import org.boxoffice.platform.BusinessException;

/** An upload that is not an image the event page can show; the code's last part says why. */
public class InvalidImageException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param reason empty, too-large, not-an-image or dimensions */
    public InvalidImageException(String reason, Object... arguments) {
        super(Kind.INVALID, "catalog.invalid-image." + reason, arguments);
    }
}
