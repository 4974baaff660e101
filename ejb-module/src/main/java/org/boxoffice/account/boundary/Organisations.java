package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.MemberCounts;
import org.boxoffice.account.entity.MembershipException;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.entity.Page;

/**
 * Organizer organisations: admins create, rename and set them up, and make accounts their members,
 * as organizers or finance contacts. Every change is in the audit trail, because membership decides
 * whose events, data and sales reports an account sees.
 */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    /**
     * A new organisation, created by the admin {@code adminId} from {@code address}.
     *
     * @throws OrganisationNameTakenException when an organisation has this name, in any case; the
     *     unique constraint of the table stops the rare one created at the same moment
     * @throws org.boxoffice.account.entity.InvalidOrganisationNameException for a blank or too long
     *     name
     */
    public Organisation create(long adminId, String name, String address) {
        Organisation organisation = new Organisation(name);
        if (findByName(organisation.name()).isPresent()) {
            throw new OrganisationNameTakenException(organisation.name());
        }
        Account admin = accounts.get(adminId);
        em.persist(organisation);
        // written now: accounts and events refer to it by id only, so nothing else would make
        // EclipseLink insert it before them in the same transaction
        em.flush();
        // the subject of an audit event is an account; an organisation is named in the detail
        audit.record(
                admin.id(),
                admin.email(),
                Action.ORGANISATION_CREATED,
                null,
                "organisation " + organisation.id() + " \"" + organisation.name() + "\"",
                address);
        return organisation;
    }

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new UnknownOrganisationException(id));
    }

    public Optional<Organisation> findByName(String name) {
        return em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", Organisation.comparable(name))
                .getResultStream()
                .findFirst();
    }

    /**
     * The organisations whose name contains {@code text} (whatever its case; blank or null: all),
     * by name, a page at a time.
     */
    public Page<Organisation> search(String text, int page, int size) {
        String wanted =
                text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip().replaceAll("\\s+", " ");
        if (wanted.isEmpty()) {
            return list(page, size);
        }
        if (wanted.length() > Organisation.MAX_NAME_LENGTH) {
            return new Page<>(List.of(), page, size, 0); // no name is that long
        }
        String comparable = wanted.toLowerCase(Locale.ROOT);
        List<Organisation> items = em.createNamedQuery(Organisation.NAMED_LIKE, Organisation.class)
                .setParameter("text", comparable)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Organisation.COUNT_NAMED_LIKE, Long.class)
                .setParameter("text", comparable)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** All organisations by name, a page at a time. */
    public Page<Organisation> list(int page, int size) {
        List<Organisation> items = em.createNamedQuery(Organisation.ALL, Organisation.class)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /**
     * Sets the organisation's service fee per ticket (null: the platform's default), for the
     * bookings held from now on (those held already keep theirs); done by the admin {@code adminId}
     * from {@code address}, and audited.
     *
     * @throws UnknownOrganisationException for an unknown organisation
     * @throws org.boxoffice.account.entity.InvalidServiceFeeException for a negative fee, one too
     *     large or with more than 2 decimals
     */
    public Organisation changeServiceFee(long adminId, long organisationId, BigDecimal fee, String address) {
        Account admin = accounts.get(adminId);
        Organisation organisation = get(organisationId);
        String before = shownFee(organisation.chargeServiceFee(fee));
        String after = shownFee(organisation.serviceFee());
        if (!before.equals(after)) {
            audit.record(
                    admin.id(),
                    admin.email(),
                    Action.ORGANISATION_CHANGED,
                    null,
                    "organisation " + organisation.id() + " \"" + organisation.name() + "\": service fee " + before
                            + " -> " + after,
                    address);
        }
        em.flush();
        return organisation;
    }

    /**
     * Sets the zone the organisation's days begin and end in for its sales reports (blank: the
     * platform's); done by the admin {@code adminId} from {@code address}, and audited.
     *
     * @throws UnknownOrganisationException for an unknown organisation
     * @throws org.boxoffice.account.entity.InvalidZoneException for a text that names no zone
     */
    public Organisation changeZone(long adminId, long organisationId, String zone, String address) {
        Account admin = accounts.get(adminId);
        Organisation organisation = get(organisationId);
        String before = organisation.countDaysIn(zone).map(ZoneId::getId).orElse("the platform's");
        String after = organisation.zone().map(ZoneId::getId).orElse("the platform's");
        if (!before.equals(after)) {
            audit.record(
                    admin.id(),
                    admin.email(),
                    Action.ORGANISATION_CHANGED,
                    null,
                    "organisation " + organisation.id() + " \"" + organisation.name() + "\": zone " + before + " -> "
                            + after,
                    address);
        }
        em.flush();
        return organisation;
    }

    /**
     * Makes an organizer a member of an organisation, instead of the one it had; done by the admin
     * {@code adminId} from {@code address}.
     *
     * @throws UnknownAccountException for an unknown account
     * @throws UnknownOrganisationException for an unknown organisation
     * @throws org.boxoffice.account.entity.NotAnOrganizerException for an account without the
     *     ORGANIZER role
     */
    public Account assign(long adminId, long accountId, long organisationId, String address) {
        Account admin = accounts.get(adminId);
        Account account = accounts.get(accountId);
        Organisation organisation = get(organisationId);
        String before = account.organisationId().map(String::valueOf).orElse("none");
        account.joinOrganisation(organisation);
        // ids rather than the e-mail address: closing the account must not leave the address here
        audit.record(
                admin.id(),
                admin.email(),
                Action.ORGANISER_ASSIGNED,
                account.id(),
                "account " + account.id() + ": organisation " + before + " -> " + organisation.id() + " \""
                        + organisation.name() + "\"",
                address);
        return account;
    }

    /**
     * Gives the organisation a new name, done by the admin {@code adminId} from {@code address}, and
     * audited.
     *
     * @throws UnknownOrganisationException for an unknown organisation
     * @throws OrganisationNameTakenException when another organisation has this name, in any case
     * @throws org.boxoffice.account.entity.InvalidOrganisationNameException for a blank or too long
     *     name
     */
    public Organisation rename(long adminId, long organisationId, String name, String address) {
        Account admin = accounts.get(adminId);
        Organisation organisation = get(organisationId);
        String wanted = Organisation.normalizeName(name);
        Optional<Organisation> holder = findByName(wanted);
        if (holder.isPresent() && !holder.get().id().equals(organisation.id())) {
            throw new OrganisationNameTakenException(wanted);
        }
        String before = organisation.rename(wanted);
        if (!before.equals(organisation.name())) {
            audit.record(
                    admin.id(),
                    admin.email(),
                    Action.ORGANISATION_CHANGED,
                    null,
                    "organisation " + organisation.id() + ": name \"" + before + "\" -> \"" + organisation.name()
                            + "\"",
                    address);
        }
        em.flush();
        return organisation;
    }

    /** The organisation's members, closed accounts left out, by e-mail address. */
    public List<Account> members(long organisationId) {
        return em.createNamedQuery(Account.MEMBERS, Account.class)
                .setParameter("organisation", organisationId)
                .setParameter("closed", Account.Status.CLOSED)
                .getResultList();
    }

    /** How many organizers and finance contacts each of these organisations has; none for those without. */
    public Map<Long, MemberCounts> memberCounts(Collection<Long> organisationIds) {
        Map<Long, long[]> counted = new HashMap<>();
        if (!organisationIds.isEmpty()) {
            List<Object[]> rows = em.createNamedQuery(Account.MEMBER_COUNTS, Object[].class)
                    .setParameter("organisations", List.copyOf(organisationIds))
                    .setParameter("roles", List.copyOf(Account.MEMBER_ROLES))
                    .setParameter("closed", Account.Status.CLOSED)
                    .getResultList();
            for (Object[] row : rows) {
                long[] counts = counted.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2]);
                counts[Role.ORGANIZER.name().equals(String.valueOf(row[1])) ? 0 : 1] = ((Number) row[2]).longValue();
            }
        }
        Map<Long, MemberCounts> result = new HashMap<>();
        for (Long id : organisationIds) {
            long[] counts = counted.get(id);
            result.put(id, counts == null ? MemberCounts.NONE : new MemberCounts(counts[0], counts[1]));
        }
        return result;
    }

    /**
     * Makes the account with the e-mail address {@code email} a member of the organisation with the
     * role {@code role}, ORGANIZER or FINANCE, which it is given beside its own; done by the admin
     * {@code adminId} from {@code address}, and audited. A member given a role it has already stays
     * as it is.
     *
     * @throws MembershipException when no account has the address, the account is a member of
     *     another organisation, or for another role
     * @throws UnknownOrganisationException for an unknown organisation
     * @throws org.boxoffice.account.entity.AccountStatusException for a closed account
     */
    public Account addMember(long adminId, long organisationId, String email, Role role, String address) {
        Account admin = accounts.get(adminId);
        Organisation organisation = get(organisationId);
        if (!Account.MEMBER_ROLES.contains(role)) {
            throw new MembershipException(MembershipException.Reason.MEMBER_ROLE, role);
        }
        String wanted = email == null ? "" : email.strip();
        // no address has a control character (and PostgreSQL refuses a NUL in any text)
        long accountId = Optional.of(wanted)
                .filter(text -> text.length() <= 254 && text.chars().noneMatch(Character::isISOControl))
                .flatMap(this::accountIdOf)
                .orElseThrow(() -> new MembershipException(MembershipException.Reason.UNKNOWN_EMAIL, wanted));
        // locked as AccountAdministration locks it for a change of roles, one change after the other;
        // only its id was read before, so the lock reads the row as the change before left it
        Account account = accounts.lock(List.of(accountId)).get(accountId);
        Optional<Long> other = account.organisationId().filter(id -> !id.equals(organisation.id()));
        if (other.isPresent()) {
            throw new MembershipException(
                    MembershipException.Reason.OTHER_ORGANISATION,
                    account.email(),
                    find(other.get()).map(Organisation::name).orElse(String.valueOf(other.get())));
        }
        String before = membership(account);
        account.joinAs(organisation, role);
        String after = membership(account);
        if (!before.equals(after)) {
            audit.record(
                    admin.id(),
                    admin.email(),
                    Action.ORGANISATION_MEMBER_ADDED,
                    account.id(),
                    "account " + account.id() + " as " + role + " of organisation " + organisation.id() + " \""
                            + organisation.name() + "\": " + before + " -> " + after,
                    address);
        }
        return account;
    }

    /**
     * Takes the member role {@code role} (ORGANIZER or FINANCE) away from a member of the
     * organisation, or both for null; an account left without a member role is no member any more,
     * and one left without any role is a customer. Done by the admin {@code adminId} from {@code
     * address}, and audited.
     *
     * @throws MembershipException when the account is no member of the organisation, or for another
     *     role
     * @throws UnknownOrganisationException for an unknown organisation
     * @throws UnknownAccountException for an unknown account
     * @throws org.boxoffice.account.entity.AccountStatusException for a closed account
     */
    public Account removeMember(long adminId, long organisationId, long accountId, Role role, String address) {
        Account admin = accounts.get(adminId);
        Organisation organisation = get(organisationId);
        Account account = accounts.lock(List.of(accountId)).get(accountId);
        String before = membership(account);
        account.leave(organisation, role);
        String after = membership(account);
        audit.record(
                admin.id(),
                admin.email(),
                Action.ORGANISATION_MEMBER_REMOVED,
                account.id(),
                "account " + account.id() + ": " + (role == null ? "membership" : role.name()) + " of organisation "
                        + organisation.id() + " \"" + organisation.name() + "\" taken away: " + before + " -> "
                        + after,
                address);
        return account;
    }

    private Optional<Long> accountIdOf(String email) {
        return em.createQuery("select a.id from Account a where a.email = :email", Long.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** An account's roles and organisation, for the audit trail: ids rather than its address. */
    private static String membership(Account account) {
        Set<String> roles = new TreeSet<>();
        account.roles().forEach(r -> roles.add(r.name()));
        return roles + " in organisation "
                + account.organisationId().map(String::valueOf).orElse("none");
    }

    private static String shownFee(Optional<BigDecimal> fee) {
        return fee.map(BigDecimal::toPlainString).orElse("the platform's default");
    }
}
