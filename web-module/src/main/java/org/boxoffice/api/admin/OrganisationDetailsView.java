package org.boxoffice.api.admin;

import java.util.List;
import org.boxoffice.account.entity.Account;
import org.boxoffice.admin.entity.OrganisationSummary;

/**
 * One organisation with its counts ({@code OrganisationSummaryView}'s fields) and its {@code
 * members}, closed accounts left out, by e-mail address.
 */
public record OrganisationDetailsView(
        String id,
        String name,
        String createdAt,
        String serviceFee,
        String zone,
        long organizers,
        long financeContacts,
        long events,
        List<MemberView> members) {

    static OrganisationDetailsView of(OrganisationSummary summary, List<Account> members) {
        OrganisationSummaryView view = OrganisationSummaryView.of(summary);
        return new OrganisationDetailsView(
                view.id(),
                view.name(),
                view.createdAt(),
                view.serviceFee(),
                view.zone(),
                view.organizers(),
                view.financeContacts(),
                view.events(),
                members.stream().map(MemberView::of).toList());
    }
}
