package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import org.boxoffice.account.entity.Organisation;

/**
 * An organizer organisation; {@code createdAt} is in UTC; {@code serviceFee} is what it charges per
 * ticket with a price, in the currency of the event booked ("1.50"; "0.00" for none).
 */
public record OrganisationView(String id, String name, String createdAt, String serviceFee) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                String.valueOf(organisation.id()),
                organisation.name(),
                organisation.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                organisation.serviceFee().setScale(2).toPlainString());
    }
}
