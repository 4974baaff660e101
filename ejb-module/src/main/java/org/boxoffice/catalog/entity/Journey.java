package org.boxoffice.catalog.entity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A scheduled journey (a train, a bus, a flight): the service's event departs from {@code origin}
 * at its start, in the venue's zone, and arrives at {@code destination} at its end, in {@code
 * arrivalZone} (a flight from Paris lands in New York's time). The venue is the vehicle or the
 * departure station whose seat map is sold.
 */
public record Journey(String origin, String destination, ZoneId arrivalZone) {

    public static final int PLACE_MAX = 100;

    /**
     * A journey from what an organizer wrote, or null when neither place is given (an event, not a
     * journey).
     *
     * @param arrivalZone an IANA zone such as America/New_York; null or blank for the venue's zone
     * @throws InvalidEventException when only one place is given, a place is longer than 100
     *     characters, both are the same, or the zone is unknown
     */
    public static Journey of(String origin, String destination, String arrivalZone, ZoneId venueZone) {
        String from = origin == null ? "" : origin.strip();
        String to = destination == null ? "" : destination.strip();
        if (from.isEmpty() && to.isEmpty()) {
            if (arrivalZone != null && !arrivalZone.isBlank()) {
                throw new InvalidEventException("an arrival zone is for journeys: give an origin and a destination");
            }
            return null;
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw new InvalidEventException("a journey needs both an origin and a destination");
        }
        if (from.length() > PLACE_MAX || to.length() > PLACE_MAX) {
            throw new InvalidEventException("an origin or a destination has at most " + PLACE_MAX + " characters");
        }
        if (from.toLowerCase(Locale.ROOT).equals(to.toLowerCase(Locale.ROOT))) {
            throw new InvalidEventException("a journey goes somewhere else: origin and destination are both " + from);
        }
        ZoneId zone = venueZone;
        if (arrivalZone != null && !arrivalZone.isBlank()) {
            try {
                zone = ZoneId.of(arrivalZone.strip());
            } catch (DateTimeException e) {
                throw new InvalidEventException(arrivalZone.strip() + " is not a time zone such as Europe/Berlin");
            }
        }
        return new Journey(from, to, zone);
    }
}
