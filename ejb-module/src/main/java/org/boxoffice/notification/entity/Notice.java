package org.boxoffice.notification.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What a notification message says: which mail ({@link Template}) about which account, booking,
 * payment, event, sales report or review moderation, never a rendered text, so that the mail is written from the data as it is when
 * it goes out, in the recipient's language. Account mails also carry the address they go to (a new
 * one may not be the account's yet), the link's secret, which exists nowhere else, and the portal
 * address the request came to.
 *
 * <p>{@link #key()} names the notification for good: a redelivery of the message has the same key,
 * and the listener sends each key once. A notice about an event without a booking ({@link
 * #isFanOut()}) stands for every confirmed booking of the event: the listener sends one notice
 * per booking, a page at a time, each with a key made from this one. A notice about a sales report
 * without an account stands for each of the organisation's finance contacts in the same way.
 *
 * @param key unique: kind, ids and a random part; a sales report's is its id alone, so that
 *     the report is mailed once however often it is queued
 * @param reportId the sales report a finance contact is sent, else null
 * @param moderationId the moderation of a review its author is told of, else null
 * @param changes for a changed event, which of its fields changed (comma-separated), else null
 * @param after for a fan-out, the booking id after which the next page begins (0 for the first)
 * @param messageId the support case message the customer (an answer) or the desk (a customer's
 *     message) is told of, else null
 */
public record Notice(
        String key,
        Template template,
        Long accountId,
        Long bookingId,
        Long eventId,
        Long paymentId,
        Long reportId,
        Long moderationId,
        String to,
        String secret,
        String portal,
        String changes,
        long after,
        Long messageId) {

    /** The longest key: kind, ids, a UUID, and a booking id or page for notices fanned out. */
    public static final int KEY_MAX = 200;

    private static final char PAGE = '>';
    private static final String PER_BOOKING = "/b";
    private static final String PER_ACCOUNT = "/a";
    private static final String PER_ADDRESS = "/m";

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(template, "template");
        if (key.isBlank() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("a notification key has 1 to " + KEY_MAX + " characters: " + key);
        }
        if (template.kind().group() == NotificationKind.Group.ACCOUNT && (to == null || accountId == null)) {
            throw new IllegalArgumentException("an account mail needs its account and address");
        }
        if (template.kind().group() == NotificationKind.Group.FINANCE && reportId == null) {
            throw new IllegalArgumentException("a finance mail needs its report");
        }
        if (template.kind().group() == NotificationKind.Group.REVIEW && (moderationId == null || accountId == null)) {
            throw new IllegalArgumentException("a review mail needs its author and the moderation");
        }
        if ((template.kind().group() == NotificationKind.Group.SUPPORT
                        || template.kind().group() == NotificationKind.Group.SUPPORT_DESK)
                && (messageId == null || accountId == null)) {
            throw new IllegalArgumentException("a support mail needs its recipient and the message");
        }
    }

    /** An account mail to {@code to}, with a link's secret and the portal address where it has one. */
    public static Notice account(Template template, long accountId, String to, String secret, String portal) {
        return new Notice(
                key(template, "a" + accountId),
                template,
                accountId,
                null,
                null,
                null,
                null,
                null,
                to,
                secret,
                portal,
                null,
                0,
                null);
    }

    /** A mail about a customer's booking. */
    public static Notice booking(Template template, long accountId, long bookingId, long eventId) {
        return new Notice(
                key(template, "b" + bookingId),
                template,
                accountId,
                bookingId,
                eventId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
    }

    /** A mail about a payment of a customer's booking: a receipt, or its refund. */
    public static Notice payment(Template template, long accountId, long bookingId, long eventId, long paymentId) {
        return new Notice(
                key(template, "p" + paymentId),
                template,
                accountId,
                bookingId,
                eventId,
                paymentId,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
    }

    /** Every holder of a confirmed booking of the event is told which of these fields changed. */
    public static Notice eventChanged(long eventId, Collection<String> fields) {
        return new Notice(
                key(Template.EVENT_CHANGED, "e" + eventId),
                Template.EVENT_CHANGED,
                null,
                null,
                eventId,
                null,
                null,
                null,
                null,
                null,
                null,
                String.join(",", fields),
                0,
                null);
    }

    /**
     * A finished sales report for each finance contact of its organisation. Its key is the
     * report's: queued twice, it is mailed once.
     */
    public static Notice salesReport(long reportId) {
        return new Notice(
                Template.SALES_REPORT.name() + ":r" + reportId,
                Template.SALES_REPORT,
                null,
                null,
                null,
                null,
                reportId,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
    }

    /**
     * The author of a review is told that a moderator hid or restored it. Its key is the
     * moderation's: queued twice, it is mailed once.
     */
    public static Notice review(Template template, long authorId, long eventId, long moderationId) {
        if (template.kind().group() != NotificationKind.Group.REVIEW) {
            throw new IllegalArgumentException("not a review mail: " + template);
        }
        return new Notice(
                template.name() + ":v" + moderationId,
                template,
                authorId,
                null,
                eventId,
                null,
                null,
                moderationId,
                null,
                null,
                null,
                null,
                0,
                null);
    }

    /**
     * A support case's message for one reader: an answer for the case's customer, a customer's
     * message for a member of the desk or an organizer. Its key is the message's and the reader's:
     * queued twice, it is mailed once.
     */
    public static Notice support(Template template, long recipientId, long messageId) {
        NotificationKind.Group group = template.kind().group();
        if (group != NotificationKind.Group.SUPPORT && group != NotificationKind.Group.SUPPORT_DESK) {
            throw new IllegalArgumentException("not a support mail: " + template);
        }
        return new Notice(
                template.name() + ":m" + messageId + PER_ACCOUNT + recipientId,
                template,
                recipientId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                messageId);
    }

    /**
     * Whether this notice stands for every confirmed booking of its event, or for every finance
     * contact of its report's organisation.
     */
    public boolean isFanOut() {
        return accountId == null && bookingId == null && to == null && (eventId != null || reportId != null);
    }

    /** Whether this notice stands for every finance contact of its report's organisation. */
    public boolean isReportFanOut() {
        return isFanOut() && reportId != null;
    }

    /** This report notice's notice for one finance contact: its key is this one's with the account's id. */
    public Notice forAccount(long account) {
        return forReader(PER_ACCOUNT + account, account, null);
    }

    /**
     * This report notice's notice for one of the platform's finance addresses, which belong to no
     * account: its key is this one's with a digest of the address (in lower case), which is as
     * stable as the address and short whatever its length.
     */
    public Notice forAddress(String address) {
        Objects.requireNonNull(address, "address");
        return forReader(PER_ADDRESS + digest(address.toLowerCase(Locale.ROOT)), null, address);
    }

    private Notice forReader(String suffix, Long account, String address) {
        if (!isReportFanOut()) {
            throw new IllegalStateException("not a notice about a report for its finance contacts: " + key);
        }
        return new Notice(
                key + suffix, template, account, null, null, null, reportId, null, address, null, null, null, 0, null);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** This fan-out's notice for one booking: its key is this one's with the booking's id. */
    public Notice forBooking(long booking, long account) {
        requireFanOut();
        return new Notice(
                root() + PER_BOOKING + booking,
                template,
                account,
                booking,
                eventId,
                null,
                null,
                null,
                null,
                null,
                null,
                changes,
                0,
                null);
    }

    /** This fan-out's next page, after the booking {@code last}. */
    public Notice nextPage(long last) {
        requireFanOut();
        return new Notice(
                root() + PAGE + last,
                template,
                null,
                null,
                eventId,
                null,
                null,
                null,
                null,
                null,
                null,
                changes,
                last,
                null);
    }

    public NotificationKind kind() {
        return template.kind();
    }

    private String root() {
        int page = key.indexOf(PAGE);
        return page < 0 ? key : key.substring(0, page);
    }

    private void requireFanOut() {
        if (!isFanOut() || isReportFanOut()) {
            throw new IllegalStateException("not a notice about every booking of an event: " + key);
        }
    }

    private static String key(Template template, String ids) {
        return template.name() + ":" + ids + ":" + UUID.randomUUID();
    }
}
