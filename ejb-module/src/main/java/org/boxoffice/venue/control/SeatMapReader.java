package org.boxoffice.venue.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.boxoffice.venue.entity.SeatMap;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;

/**
 * Reads a venue's seat map in two queries: every seat of the venue in seat id order (the order rows
 * and seats were generated in), then the states of the event's inventory rows in one range of the
 * primary key, merged here. A map of 20,000 seats is two round trips, not one per section or row;
 * joining the two in SQL made PostgreSQL probe the key 20,000 times (bench/search measured it).
 */
@Dependent
public class SeatMapReader {

    @PersistenceContext
    EntityManager em;

    /** The map of the venue alone: seats are free or blocked. */
    public SeatMap ofVenue(Venue venue) {
        return read(venue, null);
    }

    /** The map for a published event: free, held, sold; blocked or without inventory row, never sold. */
    public SeatMap ofEvent(Venue venue, long eventId) {
        return read(venue, eventId);
    }

    private SeatMap read(Venue venue, Long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("select s.section_id, s.id, s.row_label, s.number, s.category,"
                        + " s.accessible, s.blocked"
                        + " from seat s join section sec on sec.id = s.section_id"
                        + " where sec.venue_id = ?1 order by s.section_id, s.id")
                .setParameter(1, venue.id())
                .getResultList();
        Map<Long, String> states = new HashMap<>();
        if (eventId != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select seat_id, status from event_seat where event_id = ?1")
                    .setParameter(1, eventId)
                    .getResultList();
            rows.forEach(row -> states.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        List<SeatMap.Area> areas = new ArrayList<>();
        int next = 0;
        for (Section section : venue.sections().stream()
                .sorted(Comparator.comparing(Section::id))
                .toList()) {
            List<SeatMap.Row> rows = new ArrayList<>();
            while (next < seats.size() && ((Number) seats.get(next)[0]).longValue() == section.id()) {
                Object[] seat = seats.get(next++);
                String label = (String) seat[2];
                if (rows.isEmpty() || !Objects.equals(rows.get(rows.size() - 1).label(), label)) {
                    rows.add(new SeatMap.Row(label, new ArrayList<>()));
                }
                rows.get(rows.size() - 1).seats().add(spot(seat, eventId != null, states));
            }
            areas.add(new SeatMap.Area(section.id(), section.name(), section.isSeated(), section.capacity(), rows));
        }
        return new SeatMap(eventId, venue.id(), areas);
    }

    private static SeatMap.Spot spot(Object[] seat, boolean forEvent, Map<Long, String> states) {
        boolean blocked = Boolean.TRUE.equals(seat[6]);
        String status = states.get(((Number) seat[1]).longValue());
        SeatMap.State state;
        if (blocked || (forEvent && status == null)) {
            state = SeatMap.State.BLOCKED; // never sold, or no inventory row (not part of any ticket type)
        } else {
            state = forEvent ? SeatMap.State.valueOf(status) : SeatMap.State.FREE;
        }
        return new SeatMap.Spot(
                ((Number) seat[1]).longValue(),
                ((Number) seat[3]).intValue(),
                (String) seat[4],
                Boolean.TRUE.equals(seat[5]),
                state);
    }
}
