package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.entity.Page;

/**
 * Organizer organisations: admins create them and make organizers their members. Both are in the
 * audit trail, because membership decides whose events and data an organizer sees.
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

    private static String shownFee(Optional<BigDecimal> fee) {
        return fee.map(BigDecimal::toPlainString).orElse("the platform's default");
    }
}
