package org.boxoffice.notification.entity;

import org.boxoffice.platform.BusinessException;

/** The mail of this kind keeps a customer's access, money or evening safe: it cannot be switched off. */
public class MandatoryNotificationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MandatoryNotificationException(NotificationKind kind) {
        super(Kind.INVALID, "notification.mandatory", kind.name());
    }
}
