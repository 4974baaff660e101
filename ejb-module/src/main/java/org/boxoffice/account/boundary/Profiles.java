package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.account.control.PasswordHashes;
import org.boxoffice.account.control.PasswordRules;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.AccountToken;
import org.boxoffice.account.entity.AccountToken.Purpose;
import org.boxoffice.account.entity.Profile;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;

/** The owner's own changes to an account: personal details and password. */
@Stateless
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashes passwordHash;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** Changes name, phone and postal address; empty phone or address are removed. */
    public Account changeProfile(
            long accountId, String displayName, String phone, String postalAddress, String address) {
        return changeProfile(accountId, displayName, phone, postalAddress, null, address);
    }

    /**
     * Changes name, phone, postal address and the language of mails; empty phone or address are
     * removed, a null language stays as it is.
     *
     * @throws org.boxoffice.account.entity.InvalidProfileException naming the rule a field breaks
     */
    public Account changeProfile(
            long accountId, String displayName, String phone, String postalAddress, String language, String address) {
        Account account = accounts.get(accountId);
        String checkedLanguage = language == null ? null : Profile.language(language);
        account.changeProfile(displayName, phone, postalAddress);
        if (checkedLanguage != null) {
            account.changeLanguage(checkedLanguage);
        }
        audit.record(
                account.id(), account.email(), Action.PROFILE_CHANGED, account.id(), "name, phone, address", address);
        return account;
    }

    /**
     * A new password, given the current one. Open reset links stop working, and the owner is told by
     * mail, so that a change they did not make does not go unnoticed.
     *
     * @throws PasswordMismatchException when the current password is wrong
     * @throws WeakPasswordException when the new one breaks a rule
     */
    public void changePassword(long accountId, char[] currentPassword, char[] newPassword, String address) {
        Account account = accounts.get(accountId);
        if (!passwordHash.verify(currentPassword, account.passwordHash())) {
            throw new PasswordMismatchException();
        }
        PasswordRules.check(newPassword, account.email());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        account.changePassword(passwordHash.generate(newPassword), now);
        em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", Purpose.RESET_PASSWORD)
                .getResultList()
                .forEach(open -> open.use(now));
        audit.record(account.id(), account.email(), Action.PASSWORD_CHANGED, account.id(), "by its owner", address);
        notifications.send(Notice.account(Template.PASSWORD_CHANGED, account.id(), account.email(), null, null));
    }
}
