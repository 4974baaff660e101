package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.boxoffice.account.control.PasswordHashes;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Consent;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notification;

/**
 * A person's rights over their data: a copy of everything kept about them, and closing the
 * account, which erases or anonymises the personal data. Financial records (bookings, payments,
 * once they exist) are kept as the law requires, tied to the anonymised account.
 */
@Stateless
public class Privacy {

    /** Everything kept about one person. */
    public record DataExport(
            OffsetDateTime exportedAt,
            Account account,
            List<Consent> consents,
            List<Notification> notifications,
            List<AuditEvent> securityEvents) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountErased> erased;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashes passwordHash;

    @Inject
    AuditTrail audit;

    @Inject
    Consents consents;

    @Inject
    Notifications notifications;

    public DataExport export(long accountId) {
        Account account = accounts.get(accountId);
        List<Notification> inbox = em.createNamedQuery(Notification.OF_ACCOUNT, Notification.class)
                .setParameter("account", accountId)
                .getResultList();
        List<AuditEvent> events = em.createNamedQuery(AuditEvent.ABOUT, AuditEvent.class)
                .setParameter("account", accountId)
                .getResultList();
        return new DataExport(
                OffsetDateTime.now(java.time.ZoneOffset.UTC), account, consents.history(accountId), inbox, events);
    }

    /**
     * Closes the account for good, once its owner has confirmed with the password; see {@link
     * #erase}.
     *
     * @throws PasswordMismatchException when the password is not the account's
     */
    public void close(long accountId, char[] password, String address) {
        Account account = accounts.get(accountId);
        if (!passwordHash.verify(password, account.passwordHash())) {
            throw new PasswordMismatchException();
        }
        String placeholder = erase(account);
        audit.record(account.id(), placeholder, Action.ACCOUNT_CLOSED, account.id(), "closed by its owner", address);
    }

    /**
     * Closes the account for good for an admin, at its owner's request (asked by mail or by a support
     * case, say, where the owner cannot sign in): erased as the owner's own closing does. The
     * account is the admin's to lock ({@code Accounts.lock}) and to audit.
     *
     * @return the placeholder that replaced its e-mail address
     * @throws org.boxoffice.account.entity.AccountStatusException for an account closed already
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String closeOnRequest(Account account) {
        return erase(account);
    }

    /**
     * The address and the name are replaced, the password made unusable, notifications (and the
     * keys of those sent), mail preferences and pending links deleted, and the audit trail keeps the
     * events without the address; the components that keep what the owner wrote (reviews) are told
     * with an {@link AccountErased} event and erase it in the same transaction.
     *
     * @return the placeholder that replaced the e-mail address
     */
    private String erase(Account account) {
        String formerEmail = account.email();
        String placeholder = "closed-" + account.id() + "@closed.invalid";
        account.close(
                placeholder, passwordHash.generate(UUID.randomUUID().toString().toCharArray()));
        notifications.forget(account.id());
        em.createQuery("delete from AccountToken t where t.account = :account")
                .setParameter("account", account)
                .executeUpdate();
        audit.replaceAddress(formerEmail, placeholder);
        erased.fire(new AccountErased(account.id()));
        return placeholder;
    }
}
