package org.boxoffice.notification.entity;

import java.util.Locale;

/**
 * The mails there are. Each belongs to a {@link NotificationKind} (which decides preferences and
 * the portal inbox); a kind has one, except that the password and address kinds also tell the
 * owner after the fact, and a disabled account is told when it is enabled again. Each has an HTML and a text template, {@code templates/<file>.ftlh} and
 * {@code templates/<file>.ftl}, and its texts under {@code <file>.} in the bundle {@code mails}.
 */
public enum Template {
    EMAIL_VERIFICATION(NotificationKind.EMAIL_VERIFICATION),
    PASSWORD_RESET(NotificationKind.PASSWORD_RESET),
    /** The owner is told that the password changed, in case it was not them. */
    PASSWORD_CHANGED(NotificationKind.PASSWORD_RESET),
    SIGN_IN_LOCKOUT(NotificationKind.SIGN_IN_LOCKOUT),
    /** The link that confirms a new address, sent to that address. */
    EMAIL_CHANGE(NotificationKind.EMAIL_CHANGE),
    /** The old address is told that a change was asked for. */
    EMAIL_CHANGE_NOTICE(NotificationKind.EMAIL_CHANGE),
    /** An admin disabled the account: it cannot sign in. */
    ACCOUNT_DISABLED(NotificationKind.ACCOUNT_DISABLED),
    /** An admin enabled the account again. */
    ACCOUNT_ENABLED(NotificationKind.ACCOUNT_DISABLED),
    BOOKING_CONFIRMATION(NotificationKind.BOOKING_CONFIRMATION),
    PAYMENT_RECEIPT(NotificationKind.PAYMENT_RECEIPT),
    BOOKING_CANCELLED(NotificationKind.BOOKING_CANCELLED),
    REFUND(NotificationKind.REFUND),
    /** A payment the provider took after the booking had ended, given back. */
    LATE_PAYMENT_REFUND(NotificationKind.REFUND),
    EVENT_REMINDER(NotificationKind.EVENT_REMINDER),
    EVENT_CHANGED(NotificationKind.EVENT_CHANGED),
    EVENT_CANCELLED(NotificationKind.EVENT_CANCELLED),
    /** A finished sales report, its CSV attached. */
    SALES_REPORT(NotificationKind.SALES_REPORT),
    /** A moderator hid the author's review, with the reason. */
    REVIEW_HIDDEN(NotificationKind.REVIEW_HIDDEN),
    /** A moderator showed the author's hidden review again. */
    REVIEW_RESTORED(NotificationKind.REVIEW_HIDDEN),
    /** The support desk or an organizer answered the customer's case: the answer and a link to the case. */
    SUPPORT_ANSWER(NotificationKind.SUPPORT_ANSWER),
    /** A customer wrote on a case: for the assignee, or the event's organizers. */
    SUPPORT_CUSTOMER_MESSAGE(NotificationKind.SUPPORT_CUSTOMER_MESSAGE);

    private final NotificationKind kind;

    Template(NotificationKind kind) {
        this.kind = kind;
    }

    public NotificationKind kind() {
        return kind;
    }

    /** The name of its template files and the prefix of its texts: {@code booking-confirmation}. */
    public String file() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The one template of a kind that has one; the first one of a kind that has two. */
    public static Template of(NotificationKind kind) {
        return valueOf(kind.name());
    }
}
