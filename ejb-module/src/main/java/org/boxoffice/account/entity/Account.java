package org.boxoffice.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.boxoffice.platform.entity.PersonalDataConverter;

@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.WITH_ROLES, query = "select a from Account a left join fetch a.roles where a.id = :id")
@NamedQuery(
        name = Account.OTHER_ACTIVE_ADMINS,
        query = "select count(a) from Account a join a.roles r where r = :admin and a.status = :active"
                + " and a.id <> :account")
@NamedQuery(
        name = Account.MEMBERS,
        query = "select a from Account a where a.organisationId = :organisation and a.status <> :closed"
                + " order by a.email, a.id")
@NamedQuery(
        name = Account.MEMBER_COUNTS,
        query = "select a.organisationId, r, count(a) from Account a join a.roles r"
                + " where a.organisationId in :organisations and r in :roles and a.status <> :closed"
                + " group by a.organisationId, r")
public class Account {

    /** The longest reason an admin gives for disabling an account. */
    public static final int REASON_MAX = 500;

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String WITH_ROLES = "Account.withRoles";
    public static final String OTHER_ACTIVE_ADMINS = "Account.otherActiveAdmins";
    /** The accounts, but closed ones, that are members of the organisation {@code organisation}. */
    public static final String MEMBERS = "Account.members";
    /**
     * Rows of organisation id, role and how many accounts, but closed ones, of those organisations
     * hold that role ({@code organisations}, {@code roles}, {@code closed}).
     */
    public static final String MEMBER_COUNTS = "Account.memberCounts";

    /** The roles of an organisation's members: its organizers and its finance contacts. */
    public static final Set<Role> MEMBER_ROLES = Collections.unmodifiableSet(EnumSet.of(Role.ORGANIZER, Role.FINANCE));

    public enum Status {
        /** Registered, its e-mail address not confirmed yet: it cannot sign in. */
        UNVERIFIED,
        ACTIVE,
        /** Disabled by an admin, with a reason: it cannot sign in until an admin enables it again. */
        DISABLED,
        /** Closed by its owner, or by an admin at the owner's request: personal data erased, kept only for the records the law requires. */
        CLOSED
    }

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    /** Personal fields are encrypted at rest; see {@link PersonalDataConverter}. */
    @Column(name = "display_name", nullable = false, length = 1000)
    @Convert(converter = PersonalDataConverter.class)
    private String displayName;

    @Column(length = 1000)
    @Convert(converter = PersonalDataConverter.class)
    private String phone;

    @Column(name = "postal_address", length = 2000)
    @Convert(converter = PersonalDataConverter.class)
    private String postalAddress;

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

    @Column(name = "credentials_changed_at")
    private OffsetDateTime credentialsChangedAt;

    /** The language of the owner's mails and notifications: a code of {@link Profile#LANGUAGES}. */
    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage = Profile.LANGUAGES.get(0);

    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Column(name = "disabled_reason", length = REASON_MAX)
    private String disabledReason;

    /** The organisation an organizer acts for; other accounts have none. */
    @Column(name = "organisation_id")
    private Long organisationId;

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

    /**
     * The roles an admin gives this account, replacing the ones it had.
     *
     * @throws AccountStatusException for a closed account
     */
    public void changeRoles(Set<Role> newRoles) {
        if (status == Status.CLOSED) {
            throw new AccountStatusException(AccountStatusException.Reason.CLOSED, email);
        }
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * An admin stops the account from signing in, for {@code reason}: its sessions and API tokens stop
     * at once, and those from before stay invalid after it is enabled again (they count as signed in
     * before its credentials changed).
     *
     * @throws AccountStatusException unless the account is active: an unconfirmed one cannot sign in
     *     anyway, and a closed one is gone
     */
    public void disable(String reason, OffsetDateTime now) {
        if (status != Status.ACTIVE) {
            throw new AccountStatusException(AccountStatusException.Reason.NOT_ACTIVE, email, status.name());
        }
        status = Status.DISABLED;
        disabledAt = now;
        disabledReason = reason;
        credentialsChangedAt = now;
    }

    /**
     * An admin lets a disabled account sign in again. Sign-ins from before it was disabled still
     * count no more.
     *
     * @throws AccountStatusException unless the account is disabled
     */
    public void enable() {
        if (status != Status.DISABLED) {
            throw new AccountStatusException(AccountStatusException.Reason.NOT_DISABLED, email, status.name());
        }
        status = Status.ACTIVE;
        disabledAt = null;
        disabledReason = null;
    }

    /** When an admin disabled this account; empty unless it is disabled. */
    public Optional<OffsetDateTime> disabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    /** Why an admin disabled this account; empty unless it is disabled. */
    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    /**
     * Closes the account: the address and name are replaced, the password made unusable.
     *
     * @throws AccountStatusException for an account closed already
     */
    public void close(String placeholderEmail, String unusablePasswordHash) {
        if (status == Status.CLOSED) {
            throw new AccountStatusException(AccountStatusException.Reason.CLOSED, email);
        }
        email = placeholderEmail;
        displayName = "Closed account";
        phone = null;
        postalAddress = null;
        passwordHash = unusablePasswordHash;
        status = Status.CLOSED;
        failedSignIns = 0;
        lockedUntil = null;
        disabledAt = null;
        disabledReason = null;
    }

    /**
     * The owner's own details. The name is required; phone and postal address may be left empty.
     *
     * @throws InvalidProfileException naming the rule a field breaks
     */
    public void changeProfile(String newDisplayName, String newPhone, String newPostalAddress) {
        // every rule first: a bad field leaves the others as they were
        String name = Profile.displayName(newDisplayName);
        String checkedPhone = Profile.phone(newPhone);
        String checkedAddress = Profile.postalAddress(newPostalAddress);
        this.displayName = name;
        this.phone = checkedPhone;
        this.postalAddress = checkedAddress;
    }

    /**
     * The language the owner's mails and notifications are written in from now on.
     *
     * @throws InvalidProfileException for a language that is not offered
     */
    public void changeLanguage(String code) {
        this.preferredLanguage = Profile.language(code);
    }

    /** The language of the owner's mails and notifications. */
    public Locale language() {
        return Locale.forLanguageTag(preferredLanguage);
    }

    /** Until when sign-ins are refused after too many failures in a row, if they ever were. */
    public Optional<OffsetDateTime> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    /** A new, confirmed address: sign-ins and mails use it from now on. */
    public void changeEmail(String confirmedEmail) {
        this.email = normalizeEmail(confirmedEmail);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> postalAddress() {
        return Optional.ofNullable(postalAddress);
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

    /**
     * A new password, chosen by the owner or set with a reset link: tokens issued and sessions
     * signed in before {@code now} stop working.
     */
    public void changePassword(String newPasswordHash, OffsetDateTime now) {
        this.passwordHash = newPasswordHash;
        this.credentialsChangedAt = now;
    }

    /** The same password, hashed again with today's settings: nothing else changes. */
    public void rehashPassword(String samePasswordHash) {
        this.passwordHash = samePasswordHash;
    }

    /**
     * When the password last changed, or an admin disabled the account; sign-ins from before then
     * count no more.
     */
    public Optional<OffsetDateTime> credentialsChangedAt() {
        return Optional.ofNullable(credentialsChangedAt);
    }

    /** Whether a sign-in (token or session) at {@code signedInAt} still counts. */
    public boolean acceptsSignInFrom(java.time.Instant signedInAt) {
        return credentialsChangedAt == null || !signedInAt.isBefore(credentialsChangedAt.toInstant());
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

    /**
     * Makes this organizer, or finance contact, a member of the organisation, instead of the one it
     * had.
     *
     * @throws NotAnOrganizerException for an account with neither the ORGANIZER nor the FINANCE
     *     role: only they act for an organisation
     */
    public void joinOrganisation(Organisation organisation) {
        if (!has(Role.ORGANIZER) && !has(Role.FINANCE)) {
            throw new NotAnOrganizerException(id);
        }
        organisationId = organisation.id();
    }

    /**
     * Makes this account a member of the organisation with the role {@code role} (ORGANIZER or
     * FINANCE), which it is given beside its own. An account belongs to one organisation at most.
     *
     * @throws MembershipException for another role, or when the account is a member of another
     *     organisation (whatever its roles are now): it must leave that one first
     * @throws AccountStatusException for a closed account
     */
    public void joinAs(Organisation organisation, Role role) {
        if (!MEMBER_ROLES.contains(role)) {
            throw new MembershipException(MembershipException.Reason.MEMBER_ROLE, role);
        }
        if (status == Status.CLOSED) {
            throw new AccountStatusException(AccountStatusException.Reason.CLOSED, email);
        }
        if (organisationId != null && !organisationId.equals(organisation.id())) {
            throw new MembershipException(
                    MembershipException.Reason.OTHER_ORGANISATION, email, String.valueOf(organisationId));
        }
        roles.add(role);
        organisationId = organisation.id();
    }

    /**
     * Takes the member role {@code role} away, or both member roles for null. An account left
     * without a member role is no member any more; one left without any role is a customer, as
     * every registered account is.
     *
     * @throws MembershipException for another role, or when the account is no member of the
     *     organisation
     * @throws AccountStatusException for a closed account
     */
    public void leave(Organisation organisation, Role role) {
        if (role != null && !MEMBER_ROLES.contains(role)) {
            throw new MembershipException(MembershipException.Reason.MEMBER_ROLE, role);
        }
        if (organisationId == null || !organisationId.equals(organisation.id())) {
            throw new MembershipException(
                    MembershipException.Reason.NOT_A_MEMBER, String.valueOf(id), organisation.name());
        }
        if (status == Status.CLOSED) {
            throw new AccountStatusException(AccountStatusException.Reason.CLOSED, email);
        }
        if (role == null) {
            roles.removeAll(MEMBER_ROLES);
        } else {
            roles.remove(role);
        }
        if (roles.stream().noneMatch(MEMBER_ROLES::contains)) {
            organisationId = null;
        }
        if (roles.isEmpty()) {
            roles.add(Role.CUSTOMER);
        }
    }

    /** The organisation this account was made a member of, whatever its roles are now. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    /**
     * The organisation whose events and data this account may see. Empty without the ORGANIZER
     * role: taking the role away ends the access at once, even for a token that still claims it,
     * while the membership is kept for when the role is given back.
     */
    public Optional<Long> organisationAsOrganizer() {
        return has(Role.ORGANIZER) ? organisationId() : Optional.empty();
    }

    /**
     * The organisation whose sales reports this account may read, as its finance contact. Empty
     * without the FINANCE role, as {@link #organisationAsOrganizer()} is without ORGANIZER.
     */
    public Optional<Long> organisationAsFinance() {
        return has(Role.FINANCE) ? organisationId() : Optional.empty();
    }
}
