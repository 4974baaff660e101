package org.boxoffice.notification.boundary;

import org.boxoffice.platform.BusinessException;

/** No message with this id on the dead-letter queue: never there, or resent or discarded meanwhile. */
public class UnknownDeadLetterException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownDeadLetterException(String id) {
        super(Kind.NOT_FOUND, "notification.unknown-dead-letter", shown(id));
    }

    private static String shown(String id) {
        if (id == null) {
            return "";
        }
        return id.length() <= 60 ? id : id.substring(0, 60) + "…";
    }
}
