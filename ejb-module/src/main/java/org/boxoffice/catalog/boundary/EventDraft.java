package org.boxoffice.catalog.boundary;

import java.time.LocalDateTime;

/**
 * What an organizer writes about an event, as they think of it: times are local date-times at the
 * venue, read in the venue's zone; a journey's arrival is read in its arrival zone.
 *
 * @param salesStart when tickets go on sale; null for from publication
 * @param salesEnd when sales stop; null for when the event starts
 * @param maxPerOrder the most tickets one order may hold; null for the default of 10
 * @param origin where a journey departs; null with {@code destination} for an event
 * @param destination where a journey arrives
 * @param arrivalZone the IANA zone of the arrival; null for the venue's
 * @param maxPerCustomer the most tickets one customer may have of the event in held and confirmed
 *     bookings together; null for no limit
 * @param cancellationHours customers may cancel a confirmed booking, refunded, until this many
 *     hours before the start; null when they cannot cancel
 */
public record EventDraft(
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        LocalDateTime salesStart,
        LocalDateTime salesEnd,
        Integer maxPerOrder,
        String origin,
        String destination,
        String arrivalZone,
        Integer maxPerCustomer,
        Integer cancellationHours) {

    /** A journey or an event, without a per-customer limit and not cancellable by customers. */
    public EventDraft(
            String title,
            String description,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            LocalDateTime salesStart,
            LocalDateTime salesEnd,
            Integer maxPerOrder,
            String origin,
            String destination,
            String arrivalZone) {
        this(
                title,
                description,
                startsAt,
                endsAt,
                salesStart,
                salesEnd,
                maxPerOrder,
                origin,
                destination,
                arrivalZone,
                null,
                null);
    }

    /** An event that is not a journey. */
    public EventDraft(
            String title,
            String description,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            LocalDateTime salesStart,
            LocalDateTime salesEnd,
            Integer maxPerOrder) {
        this(title, description, startsAt, endsAt, salesStart, salesEnd, maxPerOrder, null, null, null, null, null);
    }
}
