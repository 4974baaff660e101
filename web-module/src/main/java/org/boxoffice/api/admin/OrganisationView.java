package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import org.boxoffice.account.entity.Organisation;

/** An organizer organisation; {@code createdAt} is in UTC. */
public record OrganisationView(String id, String name, String createdAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                String.valueOf(organisation.id()),
                organisation.name(),
                organisation.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
