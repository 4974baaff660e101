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
        String arrivalZone) {

    /** An event that is not a journey. */
    public EventDraft(
            String title,
            String description,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            LocalDateTime salesStart,
            LocalDateTime salesEnd,
            Integer maxPerOrder) {
        this(title, description, startsAt, endsAt, salesStart, salesEnd, maxPerOrder, null, null, null);
    }
}
