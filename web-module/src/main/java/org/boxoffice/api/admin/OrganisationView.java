package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import org.boxoffice.account.entity.Organisation;

/**
 * An organizer organisation; {@code createdAt} is in UTC; {@code serviceFee} is what it charges per
 * ticket with a price, in the currency of the event booked ("1.50"; "0.00" for none; null for the platform's
 * default, the setting {@code boxoffice.booking.default-service-fee}); {@code zone} is the zone its
 * days begin and end in for its sales reports, null for the platform's.
 */
public record OrganisationView(String id, String name, String createdAt, String serviceFee, String zone) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                String.valueOf(organisation.id()),
                organisation.name(),
                organisation.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                organisation
                        .serviceFee()
                        .map(fee -> fee.setScale(2).toPlainString())
                        .orElse(null),
                organisation.zone().map(java.time.ZoneId::getId).orElse(null));
    }
}
