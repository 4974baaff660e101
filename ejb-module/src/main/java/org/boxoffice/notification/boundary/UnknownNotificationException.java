package org.boxoffice.notification.boundary;

import org.boxoffice.platform.BusinessException;

/** No notification with this id for the asking account: unknown, or someone else's. */
public class UnknownNotificationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownNotificationException(long id) {
        super(Kind.NOT_FOUND, "notification.unknown", id);
    }
}
