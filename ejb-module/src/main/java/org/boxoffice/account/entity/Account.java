package org.boxoffice.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.email")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";

    public enum Status {
        /** Registered, its e-mail address not confirmed yet: it cannot sign in. */
        UNVERIFIED,
        ACTIVE,
        DISABLED,
        /** Closed by its owner: personal data erased, kept only for the records the law requires. */
        CLOSED
    }

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String passwordHash, Set<Role> roles) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = Status.ACTIVE;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** E-mail addresses are compared case-insensitively: stored lower-case, without spaces around. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A self-registered account, which signs in once its owner has confirmed the address. */
    public static Account unverified(String email, String displayName, String passwordHash, Set<Role> roles) {
        Account account = new Account(email, displayName, passwordHash, roles);
        account.status = Status.UNVERIFIED;
        return account;
    }

    /** The owner proved the address is theirs. A disabled account stays disabled. */
    public void verify() {
        if (status == Status.UNVERIFIED) {
            status = Status.ACTIVE;
        }
    }

    /** Until when sign-ins are refused after too many failures; empty when they are not. */
    public Optional<OffsetDateTime> lockedAt(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * Counts a failed sign-in. The {@code limit}-th failure in a row locks the account for {@code
     * lock} and starts the count anew.
     *
     * @return whether this failure locked the account
     */
    public boolean failedSignIn(int limit, Duration lock, OffsetDateTime now) {
        failedSignIns++;
        if (failedSignIns >= limit) {
            failedSignIns = 0;
            lockedUntil = now.plus(lock);
            return true;
        }
        return false;
    }

    /** The roles an admin gives this account, replacing the ones it had. */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Closes the account: the address and name are replaced, the password made unusable. */
    public void close(String placeholderEmail, String unusablePasswordHash) {
        email = placeholderEmail;
        displayName = "Closed account";
        passwordHash = unusablePasswordHash;
        status = Status.CLOSED;
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public boolean isDisabled() {
        return status == Status.DISABLED;
    }

    public boolean isUnverified() {
        return status == Status.UNVERIFIED;
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Status status() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
