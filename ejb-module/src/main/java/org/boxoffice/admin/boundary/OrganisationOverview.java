package org.boxoffice.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.MemberCounts;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.admin.entity.OrganisationSummary;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.platform.entity.Page;

/**
 * The organisations as admins oversee them: each with its members counted by the account component
 * and its events by the catalog, a page at a time (one query of each per page, not per row).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrganisationOverview {

    @Inject
    Organisations organisations;

    @Inject
    OrganizerEvents events;

    /** The organisations whose name contains {@code text} (blank: all), by name. */
    public Page<OrganisationSummary> search(String text, int page, int size) {
        Page<Organisation> found = organisations.search(text, page, size);
        List<Long> ids = found.items().stream().map(Organisation::id).toList();
        Map<Long, MemberCounts> members = organisations.memberCounts(ids);
        Map<Long, Long> counted = events.countsByOrganisation(ids);
        return found.map(organisation -> new OrganisationSummary(
                organisation,
                members.getOrDefault(organisation.id(), MemberCounts.NONE),
                counted.getOrDefault(organisation.id(), 0L)));
    }

    /**
     * One organisation with its counts.
     *
     * @throws org.boxoffice.account.boundary.UnknownOrganisationException for an unknown one
     */
    public OrganisationSummary summary(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        List<Long> ids = List.of(organisation.id());
        return new OrganisationSummary(
                organisation,
                organisations.memberCounts(ids).getOrDefault(organisation.id(), MemberCounts.NONE),
                events.countsByOrganisation(ids).getOrDefault(organisation.id(), 0L));
    }
}
