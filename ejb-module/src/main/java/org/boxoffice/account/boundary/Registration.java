package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.boxoffice.account.control.PasswordHashes;
import org.boxoffice.account.control.PasswordRules;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.AccountToken;
import org.boxoffice.account.entity.AccountToken.Purpose;
import org.boxoffice.account.entity.Profile;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Self-service for accounts: registration confirmed by a link in a mail, and password recovery by
 * a link in a mail. Links are single-use and expire; their secrets are stored only as hashes.
 */
@Stateless
public class Registration {

    /** Deliberately loose: the mail that must reach the address is the real check. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHashes passwordHash;

    @Inject
    Consents consents;

    @Inject
    @ConfigProperty(name = "boxoffice.account.verification-lifetime", defaultValue = "P2D")
    Duration verificationLifetime;

    @Inject
    @ConfigProperty(name = "boxoffice.account.reset-lifetime", defaultValue = "PT30M")
    Duration resetLifetime;

    private final Clock clock = Clock.systemUTC();

    /** What a newcomer agrees to when registering: the terms (required), marketing mail, analytics. */
    public record Choices(boolean termsAccepted, boolean marketing, boolean analytics) {}

    /**
     * Registers a customer whose account works once the address is confirmed, and mails the link.
     *
     * @param portal the portal's address, for the link in the mail
     * @param client the address the request came from, kept with the consents
     */
    public Account register(
            String email, String displayName, char[] password, Choices choices, String portal, String client) {
        String address = checkEmail(email);
        if (!choices.termsAccepted()) {
            throw new TermsNotAcceptedException(consents.termsVersion());
        }
        PasswordRules.check(password, address);
        if (accounts.findByEmail(address).isPresent()) {
            throw new EmailTakenException(address);
        }
        String name = displayName == null || displayName.isBlank() ? address.replaceFirst("@.*$", "") : displayName;
        Account account = Account.unverified(
                address, Profile.displayName(name), passwordHash.generate(password), Set.of(Role.CUSTOMER));
        em.persist(account);
        consents.registered(account, choices.marketing(), choices.analytics(), client);
        audit.record(null, account.email(), Action.REGISTERED, account.id(), "self-service registration", client);
        mailVerification(account, portal);
        return account;
    }

    private void mailVerification(Account account, String portal) {
        mailLink(account, Purpose.VERIFY_EMAIL, verificationLifetime, Template.EMAIL_VERIFICATION, portal);
    }

    /** Confirms the address of the account the link was sent for. */
    public Account verify(String secret) {
        Account account = redeem(secret, Purpose.VERIFY_EMAIL);
        account.verify();
        audit.record(account.id(), account.email(), Action.EMAIL_VERIFIED, account.id(), "by the mailed link", null);
        return account;
    }

    /**
     * Mails a password reset link if an active account has this address. Says nothing either way:
     * the caller answers the same, so that nobody learns which addresses have accounts.
     */
    public void requestPasswordReset(String email, String portal) {
        if (email == null) {
            return;
        }
        Optional<Account> found = accounts.findByEmail(email);
        // an address never confirmed gets a new confirmation link instead: its first one may have
        // expired, and the address could not be registered again
        found.filter(Account::isUnverified).ifPresent(account -> mailVerification(account, portal));
        found.filter(Account::isActive)
                .ifPresent(account ->
                        mailLink(account, Purpose.RESET_PASSWORD, resetLifetime, Template.PASSWORD_RESET, portal));
    }

    /** Sets a new password with a reset link; every other open reset link of the account stops. */
    public Account resetPassword(String secret, char[] newPassword) {
        AccountToken token = find(secret, Purpose.RESET_PASSWORD);
        Account account = token.account();
        PasswordRules.check(newPassword, account.email());
        token.use(now());
        account.changePassword(passwordHash.generate(newPassword), now());
        audit.record(account.id(), account.email(), Action.PASSWORD_RESET, account.id(), "by the mailed link", null);
        em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", Purpose.RESET_PASSWORD)
                .getResultList()
                .forEach(open -> open.use(now()));
        return account;
    }

    /**
     * Starts a change of address, confirmed with the password: the new address gets a link, and
     * the change happens only when it is opened; the old address is told, in case it was not its
     * owner who asked.
     *
     * @throws PasswordMismatchException when the password is wrong
     * @throws EmailTakenException when another account has the new address
     */
    public void requestEmailChange(long accountId, char[] password, String newEmail, String portal, String client) {
        Account account = accounts.get(accountId);
        if (!passwordHash.verify(password, account.passwordHash())) {
            throw new PasswordMismatchException();
        }
        String address = checkEmail(newEmail);
        if (accounts.findByEmail(address).isPresent()) {
            throw new EmailTakenException(address);
        }
        em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", Purpose.CHANGE_EMAIL)
                .getResultList()
                .forEach(open -> open.use(now()));
        AccountToken.Issued link = AccountToken.issueEmailChange(account, address, verificationLifetime, now());
        em.persist(link.token());
        notifications.send(Notice.account(Template.EMAIL_CHANGE, account.id(), address, link.secret(), portal));
        notifications.send(Notice.account(Template.EMAIL_CHANGE_NOTICE, account.id(), account.email(), null, portal));
        audit.record(
                account.id(), account.email(), Action.EMAIL_CHANGE_REQUESTED, account.id(), "to " + address, client);
    }

    /** Changes the address to the one the link was sent to. */
    public Account confirmEmailChange(String secret) {
        AccountToken token = find(secret, Purpose.CHANGE_EMAIL);
        Account account = token.account();
        String address = token.newEmail().orElseThrow(InvalidAccountTokenException::new);
        if (accounts.findByEmail(address).isPresent()) {
            throw new EmailTakenException(address);
        }
        token.use(now());
        String former = account.email();
        account.changeEmail(address);
        audit.record(account.id(), address, Action.EMAIL_CHANGED, account.id(), "from " + former, null);
        return account;
    }

    static String checkEmail(String email) {
        if (email == null
                || email.length() > 254
                || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidEmailException(email == null ? "" : email.strip());
        }
        return Account.normalizeEmail(email);
    }

    /** Mails the owner a single-use link of {@code template} that works for {@code lifetime}. */
    private void mailLink(Account account, Purpose purpose, Duration lifetime, Template template, String portal) {
        AccountToken.Issued link = issue(account, purpose, lifetime);
        notifications.send(Notice.account(template, account.id(), account.email(), link.secret(), portal));
    }

    /**
     * Until when the link with this secret works, for its mail; empty when there is no such link
     * (yet: the mail may be written before the transaction that issued the link is seen).
     */
    public Optional<OffsetDateTime> linkExpiry(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret.strip()))
                .getResultStream()
                .findFirst()
                .map(AccountToken::expiresAt);
    }

    private AccountToken.Issued issue(Account account, Purpose purpose, Duration lifetime) {
        AccountToken.Issued issued = AccountToken.issue(account, purpose, lifetime, now());
        em.persist(issued.token());
        return issued;
    }

    private Account redeem(String secret, Purpose purpose) {
        AccountToken token = find(secret, purpose);
        token.use(now());
        return token.account();
    }

    private AccountToken find(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new InvalidAccountTokenException();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret.strip()))
                .getResultStream()
                .findFirst()
                .filter(token -> token.isUsableFor(purpose, now()))
                .orElseThrow(InvalidAccountTokenException::new);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
