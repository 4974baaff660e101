package org.boxoffice.notification.entity;

import org.boxoffice.platform.BusinessException;

/** A name that is no kind of notification. */
public class UnknownNotificationKindException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownNotificationKindException(String name) {
        super(Kind.INVALID, "notification.unknown-kind", shown(name));
    }

    /** At most 60 characters of what was given, so that a huge name does not come back whole. */
    private static String shown(String name) {
        if (name == null) {
            return "";
        }
        return name.length() <= 60 ? name : name.substring(0, 60) + "…";
    }
}
