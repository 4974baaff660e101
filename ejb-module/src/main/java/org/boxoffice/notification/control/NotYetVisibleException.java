package org.boxoffice.notification.control;

/**
 * What a notice is about is not in the database as its sender left it, yet: the message can
 * arrive a moment before the sender's commit is seen (two-phase commit). The delivery rolls back
 * and the broker tries again a little later.
 */
public class NotYetVisibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotYetVisibleException(String what) {
        super(what);
    }
}
