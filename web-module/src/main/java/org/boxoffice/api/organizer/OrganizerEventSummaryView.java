package org.boxoffice.api.organizer;

import java.time.format.DateTimeFormatter;
import org.boxoffice.catalog.entity.Event;

/**
 * An event in an organizer's list: as {@code EventSummaryView}, with its status, because
 * organizers see drafts too. Times carry the venue's offset.
 */
public record OrganizerEventSummaryView(
        String id,
        String title,
        String status,
        String category,
        String venue,
        String city,
        String startsAt,
        String zoneId) {

    static OrganizerEventSummaryView of(Event event) {
        return new OrganizerEventSummaryView(
                String.valueOf(event.id()),
                event.title(),
                event.status().name(),
                event.category().slug(),
                event.venue().name(),
                event.venue().city(),
                event.startsAt().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                event.venue().zone().getId());
    }
}
