package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.boxoffice.account.control.AddressThrottle;
import org.boxoffice.account.control.PasswordHashes;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.AccountQuery;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.entity.Page;

/** Accounts: creation with a hashed password, sign-in, look-up, and the admins' paged search. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashes passwordHash;

    @Inject
    AddressThrottle addressThrottle;

    @Inject
    SignInFailures signInFailures;

    @Inject
    AuditTrail audit;

    @Inject
    LockTimeouts lockTimeouts;

    private static volatile String decoyHash;

    /** Where a sign-in happens, as the audit trail tells it. */
    public enum Channel {
        API("API token issued"),
        PORTAL("portal session");

        final String description;

        Channel(String description) {
            this.description = description;
        }
    }

    public Account create(String email, String displayName, char[] password, Set<Role> roles) {
        if (findByEmail(email).isPresent()) {
            throw new EmailTakenException(Account.normalizeEmail(email));
        }
        Account account = new Account(email, displayName, passwordHash.generate(password), roles);
        em.persist(account);
        return account;
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * The account of a request, with its roles, in one query and without a transaction of its
     * own: what every API request and page click reads to know that its account is still active.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Account> findWithRoles(long id) {
        return em.createNamedQuery(Account.WITH_ROLES, Account.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The display names of these accounts, by id, in one query; ids of no account are left out. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    public Account get(long id) {
        return find(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The accounts that match, sorted by e-mail address. */
    public Page<Account> search(AccountQuery query, int page, int size) {
        TypedQuery<Account> items =
                em.createQuery("select a " + query.jpql() + " order by a.email, a.id", Account.class);
        TypedQuery<Long> count = em.createQuery("select count(a) " + query.jpql(), Long.class);
        bind(items, query);
        bind(count, query);
        List<Account> found = items.setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(found, page, size, count.getSingleResult());
    }

    private static void bind(TypedQuery<?> typed, AccountQuery query) {
        if (query.text() != null) {
            typed.setParameter("text", query.text());
            query.id().ifPresent(id -> typed.setParameter("id", id));
        }
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
    }

    /**
     * The accounts with these ids, locked for a change in id order (the one order every such change
     * takes its locks in, so that two never wait for each other), with a bounded wait.
     *
     * @throws UnknownAccountException for an id that has no account
     * @throws AccountBusyException when another change holds one of them for too long
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<Long, Account> lock(Collection<Long> ids) {
        return lockTimeouts.bounded(
                em,
                () -> {
                    Map<Long, Account> locked = new LinkedHashMap<>();
                    for (long id : new TreeSet<>(ids)) {
                        Account account = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
                        if (account == null) {
                            throw new UnknownAccountException(id);
                        }
                        locked.put(id, account);
                    }
                    return locked;
                },
                AccountBusyException::new);
    }

    /** How many active admins there are besides this account. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long otherActiveAdmins(long accountId) {
        return em.createNamedQuery(Account.OTHER_ACTIVE_ADMINS, Long.class)
                .setParameter("active", Account.Status.ACTIVE)
                .setParameter("admin", Role.ADMIN)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    /**
     * The active account with this e-mail address and password, asked for from {@code address}.
     *
     * @param channel the API or the portal, for the audit trail
     * @throws InvalidCredentialsException the same for an unknown address or a wrong password, so
     *     that the answer tells nobody which addresses have accounts
     * @throws AccountDisabledException for the right password of an account an admin disabled
     * @throws AccountNotVerifiedException for the right password of an unconfirmed address
     * @throws AccountLockedException after too many failures in a row for this account
     * @throws TooManySignInsException after too many failures from this address
     */
    public Account authenticate(String email, char[] password, String address, Channel channel) {
        addressThrottle.check(address);
        Optional<Account> account = findByEmail(email);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<OffsetDateTime> locked = account.flatMap(candidate -> candidate.lockedAt(now));
        if (locked.isPresent()) {
            throw new AccountLockedException(Duration.between(now, locked.get()));
        }
        // an unknown address costs the same hashing as a known one: the time tells nothing either
        boolean matches =
                passwordHash.verify(password, account.map(Account::passwordHash).orElseGet(this::decoyHash));
        if (!matches) {
            addressThrottle.failed(address);
            signInFailures.record(account.map(Account::id), Account.normalizeEmail(email), address);
            throw new InvalidCredentialsException();
        }
        Account known = account.orElseThrow(InvalidCredentialsException::new);
        if (known.isDisabled()) {
            signInFailures.refused(known, "account disabled", address);
            throw new AccountDisabledException();
        }
        if (known.isUnverified()) {
            throw new AccountNotVerifiedException();
        }
        if (known.failedSignIns() > 0) {
            known.signedIn();
        }
        if (passwordHash.isOutdated(known.passwordHash())) {
            // stored again with today's settings, while the password is at hand
            known.rehashPassword(passwordHash.generate(password));
        }
        audit.record(known.id(), known.email(), Action.SIGN_IN, known.id(), channel.description, address);
        return known;
    }

    /** Ends a portal session, for the audit trail: the session itself is the web tier's. */
    public void signedOut(long accountId, String address) {
        find(accountId)
                .ifPresent(account -> audit.record(
                        account.id(), account.email(), Action.SIGN_OUT, account.id(), "portal session", address));
    }

    private String decoyHash() {
        String known = decoyHash;
        if (known == null) {
            known = passwordHash.generate("decoy password, never anyone's".toCharArray());
            decoyHash = known;
        }
        return known;
    }
}
