package org.boxoffice.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A customer's choice about the mail of one kind of notification. No row means the mail is wanted;
 * the kind is kept by its name, so that a kind that no longer exists leaves a row that is ignored
 * rather than one that cannot be read.
 */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
@NamedQuery(
        name = NotificationPreference.OF_ACCOUNT,
        query = "select p from NotificationPreference p where p.accountId = :account")
@NamedQuery(
        name = NotificationPreference.FORGET,
        query = "delete from NotificationPreference p where p.accountId = :account")
public class NotificationPreference {

    public static final String OF_ACCOUNT = "NotificationPreference.ofAccount";
    public static final String FORGET = "NotificationPreference.forget";

    /** The primary key: the account and the kind's name. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long accountId;
        private String kind;

        public Key() {}

        public Key(long accountId, NotificationKind kind) {
            this.accountId = accountId;
            this.kind = kind.name();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind);
        }
    }

    @Id
    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Id
    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false)
    private boolean mail;

    protected NotificationPreference() {}

    /**
     * @throws MandatoryNotificationException when the kind's mail cannot be switched off
     */
    public NotificationPreference(long accountId, NotificationKind kind, boolean mail) {
        this.accountId = accountId;
        this.kind = kind.name();
        change(mail);
    }

    public long accountId() {
        return accountId;
    }

    /** The kind, or empty for a name that is no kind any more. */
    public java.util.Optional<NotificationKind> kind() {
        return NotificationKind.find(kind);
    }

    public boolean mail() {
        return mail;
    }

    /**
     * @throws MandatoryNotificationException when the kind's mail cannot be switched off
     */
    public void change(boolean wanted) {
        kind().ifPresent(known -> known.checkMailChoice(wanted));
        this.mail = wanted;
    }
}
