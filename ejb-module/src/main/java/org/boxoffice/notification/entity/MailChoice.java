package org.boxoffice.notification.entity;

/** Whether a customer gets the mail of one kind of notification; a mandatory kind's is always on. */
public record MailChoice(NotificationKind kind, boolean mail) {

    public boolean mandatory() {
        return !kind.isOptional();
    }
}
