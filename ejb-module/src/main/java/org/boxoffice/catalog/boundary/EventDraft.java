package org.boxoffice.catalog.boundary;

import java.time.LocalDateTime;

/**
 * What an organizer writes about an event, as they think of it: times are local date-times at the
 * venue, read in the venue's zone.
 *
 * @param salesStart when tickets go on sale; null for from publication
 * @param salesEnd when sales stop; null for when the event starts
 * @param maxPerOrder the most tickets one order may hold; null for the default of 10
 */
public record EventDraft(
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        LocalDateTime salesStart,
        LocalDateTime salesEnd,
        Integer maxPerOrder) {}
