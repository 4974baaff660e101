package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.platform.entity.Page;

/** Accounts: creation with a hashed password, look-up, and the admins' paged list. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

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

    public Account get(long id) {
        return find(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Page<Account> list(int page, int size) {
        List<Account> items = em.createNamedQuery(Account.ALL, Account.class)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** For the identity checks of issue 3: does this password belong to this account? */
    public boolean passwordMatches(Account account, char[] password) {
        return passwordHash.verify(password, account.passwordHash());
    }
}
