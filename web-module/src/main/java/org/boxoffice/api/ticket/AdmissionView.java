package org.boxoffice.api.ticket;

import java.time.OffsetDateTime;
import org.boxoffice.ticket.boundary.Admissions;

/**
 * A ticket that has just let its holder in: what the door shows. {@code label} is the ticket type,
 * with the seat where there is one; {@code holderFirstName} the first name of the customer who
 * booked it; {@code admittedAt} in the offset of the event's zone.
 */
public record AdmissionView(
        String ticketId,
        String eventId,
        String bookingNumber,
        String label,
        String ticketType,
        String seat,
        String holderFirstName,
        OffsetDateTime admittedAt,
        String gate) {

    public static AdmissionView of(Admissions.Admission admission) {
        return new AdmissionView(
                String.valueOf(admission.ticketId()),
                String.valueOf(admission.eventId()),
                String.valueOf(admission.bookingId()),
                admission.label(),
                admission.ticketType(),
                admission.seat(),
                admission.holderFirstName(),
                admission.admittedAt(),
                admission.gate());
    }
}
