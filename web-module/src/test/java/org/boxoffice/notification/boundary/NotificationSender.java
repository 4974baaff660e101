package org.boxoffice.notification.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Sends a notification inside a transaction that commits, or one that then rolls back. */
@Stateless
public class NotificationSender {

    @ApplicationException(rollback = true)
    public static class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super("the booking failed after the notification was sent");
        }
    }

    @Inject
    Notifications notifications;

    public void sendAndCommit(long accountId, String subject) {
        notifications.send(accountId, subject, "Body of " + subject);
    }

    public void sendAndRollBack(long accountId, String subject) {
        notifications.send(accountId, subject, "Body of " + subject);
        throw new Abort();
    }
}
