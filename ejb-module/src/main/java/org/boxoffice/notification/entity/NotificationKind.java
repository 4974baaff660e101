package org.boxoffice.notification.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

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
    /** An admin disabled the account, or enabled it again. */
    ACCOUNT_DISABLED(Group.ACCOUNT, false),
    BOOKING_CONFIRMATION(Group.BOOKING, false),
    PAYMENT_RECEIPT(Group.BOOKING, true),
    BOOKING_CANCELLED(Group.BOOKING, false),
    REFUND(Group.BOOKING, false),
    EVENT_REMINDER(Group.EVENT, true),
    EVENT_CHANGED(Group.EVENT, false),
    EVENT_CANCELLED(Group.EVENT, false),
    /** A finished sales report, to its organisation's finance contacts. */
    SALES_REPORT(Group.FINANCE, false),
    /** A moderator hid the customer's review, or showed it again. */
    REVIEW_HIDDEN(Group.REVIEW, false),
    /** The support desk or an organizer answered the customer's support case. */
    SUPPORT_ANSWER(Group.SUPPORT, false),
    /** A customer wrote on a support case: for its assignee, or the event's organizers. */
    SUPPORT_CUSTOMER_MESSAGE(Group.SUPPORT_DESK, false);

    /**
     * Account mails go to an address (possibly a new, unconfirmed one), never to the inbox; finance
     * mails (an organisation's reports) are no customer's business and stay out of the inbox and
     * the customer's preferences too. Review mails tell an author what moderators did to their
     * review; they stay out of the inbox and the preferences. Support answers go to the mail and
     * the inbox, and cannot be switched off (the customer asked); support desk mails tell the desk
     * of a customer's message and stay out of the inbox and the preferences.
     */
    public enum Group {
        ACCOUNT,
        BOOKING,
        EVENT,
        FINANCE,
        REVIEW,
        SUPPORT,
        SUPPORT_DESK
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
        return group == Group.BOOKING || group == Group.EVENT || group == Group.SUPPORT;
    }

    /**
     * Whether the customer's choice is allowed: any choice of an optional kind, and only "yes" for
     * a mandatory one.
     *
     * @throws MandatoryNotificationException when the mail of a mandatory kind is switched off
     */
    public void checkMailChoice(boolean mail) {
        if (!mail && !optional) {
            throw new MandatoryNotificationException(this);
        }
    }

    /** The kinds a customer sees, in the portal and in the preferences: those shown in the portal. */
    public static List<NotificationKind> ofPortal() {
        return Arrays.stream(values()).filter(NotificationKind::isShownInPortal).toList();
    }

    /** The kind of this name, exactly as {@link #name()} spells it. */
    public static Optional<NotificationKind> find(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /**
     * A kind as a client writes it: {@code EVENT_REMINDER}, {@code event-reminder} or
     * {@code Event_Reminder}.
     *
     * @throws UnknownNotificationKindException naming what was given
     */
    public static NotificationKind parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return find(name).orElseThrow(() -> new UnknownNotificationKindException(text));
    }

    /** The kind's name for people ("Event reminders"), from {@code kinds.properties}. */
    public String title(Locale locale) {
        return text(name() + ".title", locale);
    }

    /** What the kind's notifications are about, and why a mandatory one cannot be switched off. */
    public String description(Locale locale) {
        return text(name() + ".description", locale);
    }

    private static String text(String key, Locale locale) {
        try {
            // no fall-back to the server's own language: a language without texts reads English
            return ResourceBundle.getBundle(
                            "org.boxoffice.notification.kinds",
                            locale,
                            NotificationKind.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
