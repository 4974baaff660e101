package org.boxoffice.notification.entity;

/**
 * What a notification is about. The kind decides its templates, whether it also lands in the
 * portal's notification centre, and whether the customer may switch its mail off: what keeps a
 * customer's access, money or evening safe cannot be switched off.
 */
public enum NotificationKind {
    EMAIL_VERIFICATION(Group.ACCOUNT, false),
    PASSWORD_RESET(Group.ACCOUNT, false),
    SIGN_IN_LOCKOUT(Group.ACCOUNT, false),
    EMAIL_CHANGE(Group.ACCOUNT, false),
    BOOKING_CONFIRMATION(Group.BOOKING, false),
    PAYMENT_RECEIPT(Group.BOOKING, true),
    BOOKING_CANCELLED(Group.BOOKING, false),
    REFUND(Group.BOOKING, false),
    EVENT_REMINDER(Group.EVENT, true),
    EVENT_CHANGED(Group.EVENT, false),
    EVENT_CANCELLED(Group.EVENT, false);

    /** Account mails go to an address (possibly a new, unconfirmed one), never to the inbox. */
    public enum Group {
        ACCOUNT,
        BOOKING,
        EVENT
    }

    private final Group group;
    private final boolean optional;

    NotificationKind(Group group, boolean optional) {
        this.group = group;
        this.optional = optional;
    }

    public Group group() {
        return group;
    }

    /** Whether the customer may switch this kind's mail off in the preferences. */
    public boolean isOptional() {
        return optional;
    }

    /** Whether it is also kept in the portal's notification centre. */
    public boolean isShownInPortal() {
        return group != Group.ACCOUNT;
    }
}
