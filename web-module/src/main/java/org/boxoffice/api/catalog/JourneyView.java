package org.boxoffice.api.catalog;

import org.boxoffice.catalog.entity.Event;

/**
 * The route of a scheduled journey: it departs from {@code origin} at the event's {@code startsAt}
 * (the venue's zone) and arrives at {@code destination} at {@code endsAt}, written with the offset
 * of {@code arrivalZone}.
 */
public record JourneyView(String origin, String destination, String arrivalZone) {

    /** The event's journey, or null for an event that is not one. */
    public static JourneyView of(Event event) {
        return event.journey()
                .map(journey -> new JourneyView(
                        journey.origin(),
                        journey.destination(),
                        journey.arrivalZone().getId()))
                .orElse(null);
    }
}
