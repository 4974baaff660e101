package org.boxoffice.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A notification that was handled, by its key: written in the transaction that sends its mail,
 * before the mail goes out, so that a redelivered message finds it and sends nothing again.
 */
@Entity
@Table(name = "sent_notification")
@NamedQuery(name = SentNotification.FORGET, query = "delete from SentNotification s where s.accountId = :account")
public class SentNotification {

    public static final String FORGET = "SentNotification.forget";

    @Id
    @Column(name = "notification_key", length = Notice.KEY_MAX)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected SentNotification() {}

    public SentNotification(Notice notice) {
        this.key = Objects.requireNonNull(notice.key());
        this.kind = notice.kind();
        this.accountId = notice.accountId();
        this.sentAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String key() {
        return key;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Long accountId() {
        return accountId;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
