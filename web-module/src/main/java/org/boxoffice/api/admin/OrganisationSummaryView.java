package org.boxoffice.api.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.admin.entity.OrganisationSummary;

/**
 * An organisation as the admins' list shows it: {@code OrganisationView}'s fields, and how many
 * {@code organizers}, {@code financeContacts} (members with the FINANCE role) and {@code events}
 * (drafts, cancelled and past ones included) it has. Closed accounts are not counted.
 */
public record OrganisationSummaryView(
        String id,
        String name,
        String createdAt,
        String serviceFee,
        String zone,
        long organizers,
        long financeContacts,
        long events) {

    static OrganisationSummaryView of(OrganisationSummary summary) {
        Organisation organisation = summary.organisation();
        return new OrganisationSummaryView(
                String.valueOf(organisation.id()),
                organisation.name(),
                organisation.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                organisation
                        .serviceFee()
                        .map(fee -> fee.setScale(2).toPlainString())
                        .orElse(null),
                organisation.zone().map(ZoneId::getId).orElse(null),
                summary.members().organizers(),
                summary.members().financeContacts(),
                summary.events());
    }
}
