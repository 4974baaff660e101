package org.boxoffice.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    protected Notification() {}

    public Notification(long accountId, String subject, String body) {
        this.accountId = accountId;
        this.subject = subject;
        this.body = body;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead() {
        if (readAt == null) {
            readAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }
}
