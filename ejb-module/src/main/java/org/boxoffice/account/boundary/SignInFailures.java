package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.settings.boundary.Settings;

/**
 * Records a failed sign-in in one transaction of its own, which commits although the sign-in
 * itself fails: the audit event, and for an existing account the count of failures in a row; the
 * failure that locks the account tells its owner by mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInFailures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    /** The lock-out's thresholds ({@code boxoffice.account.lockout.*}), which admins may change. */
    @Inject
    Settings settings;

    /** How many failed sign-ins in a row lock an account, for the owner's mail. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int attemptsBeforeLock() {
        return settings.lockoutAttempts();
    }

    /**
     * The right password, refused all the same ({@code why}: the account is disabled): recorded, but
     * no failure in a row, since whoever tried knows the password.
     */
    public void refused(Account account, String why, String address) {
        audit.record(null, account.email(), Action.SIGN_IN_FAILED, account.id(), why, address);
    }

    public void record(Optional<Long> accountId, String email, String address) {
        audit.record(
                null,
                email,
                Action.SIGN_IN_FAILED,
                accountId.orElse(null),
                accountId.isPresent() ? "wrong password" : "no such account",
                address);
        // locked, so that concurrent failures all count
        Account account = accountId
                .map(id -> em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int attempts = settings.lockoutAttempts();
        Duration lockDuration = settings.lockoutDuration();
        if (account != null && account.failedSignIn(attempts, lockDuration, now)) {
            audit.record(
                    null,
                    account.email(),
                    Action.ACCOUNT_LOCKED,
                    account.id(),
                    attempts + " failed sign-ins in a row; locked for " + lockDuration,
                    address);
            notifications.send(Notice.account(Template.SIGN_IN_LOCKOUT, account.id(), account.email(), null, null));
        }
    }
}
