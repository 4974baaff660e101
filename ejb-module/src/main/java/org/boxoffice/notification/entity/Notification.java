package org.boxoffice.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A notification in a customer's portal inbox. */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = Notification.OF_ACCOUNT,
        query = "select n from Notification n where n.accountId = :account order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.COUNT, query = "select count(n) from Notification n where n.accountId = :account")
@NamedQuery(
        name = Notification.UNREAD,
        query = "select count(n) from Notification n where n.accountId = :account and n.readAt is null")
@NamedQuery(
        name = Notification.MARK_ALL_READ,
        query = "update Notification n set n.readAt = :now where n.accountId = :account and n.readAt is null")
@NamedQuery(name = Notification.FORGET, query = "delete from Notification n where n.accountId = :account")
public class Notification {

    public static final String OF_ACCOUNT = "Notification.ofAccount";
    public static final String COUNT = "Notification.count";
    public static final String UNREAD = "Notification.unread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";
    public static final String FORGET = "Notification.forget";

    /** The longest subject and text kept; longer ones are shortened with an ellipsis. */
    public static final int SUBJECT_MAX = 200;

    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    /** What it is about; empty for notifications from before kinds were kept. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private NotificationKind kind;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "event_id")
    private Long eventId;

    protected Notification() {}

    public Notification(long accountId, String subject, String body) {
        this(accountId, null, null, null, subject, body);
    }

    /** A notification of this kind about a booking or an event (either may be null). */
    public Notification(
            long accountId, NotificationKind kind, Long bookingId, Long eventId, String subject, String body) {
        this.accountId = accountId;
        this.kind = kind;
        this.bookingId = bookingId;
        this.eventId = eventId;
        this.subject = shortened(subject, SUBJECT_MAX);
        this.body = shortened(body, BODY_MAX);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<NotificationKind> kind() {
        return Optional.ofNullable(kind);
    }

    public Optional<Long> bookingId() {
        return Optional.ofNullable(bookingId);
    }

    public Optional<Long> eventId() {
        return Optional.ofNullable(eventId);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead() {
        if (readAt == null) {
            readAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }
}
