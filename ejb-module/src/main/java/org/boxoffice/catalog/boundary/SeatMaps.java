package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.SeatMap;
import org.boxoffice.venue.entity.Section;

/**
 * Seat maps of published events. One query reads every seat of the venue with its inventory row,
 * in seat id order, which is the order the rows and seats were generated in: a map of 20,000
 * seats is one round trip, not one per section or row.
 */
@Stateless
public class SeatMaps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    /**
     * @throws UnknownEventException for an unknown id
     * @throws EventNotOnSaleException for an event that is not published
     */
    public SeatMap ofPublishedEvent(long eventId) {
        Event event = catalog.getPublishedEvent(eventId);
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("select s.section_id, s.id, s.row_label, s.number, s.category,"
                        + " s.accessible, s.blocked, es.status"
                        + " from seat s join section sec on sec.id = s.section_id"
                        + " left join event_seat es on es.seat_id = s.id and es.event_id = ?1"
                        + " where sec.venue_id = ?2 order by s.section_id, s.id")
                .setParameter(1, event.id())
                .setParameter(2, event.venue().id())
                .getResultList();
        List<SeatMap.Area> areas = new ArrayList<>();
        int next = 0;
        for (Section section : event.venue().sections().stream()
                .sorted(java.util.Comparator.comparing(Section::id))
                .toList()) {
            List<SeatMap.Row> rows = new ArrayList<>();
            while (next < seats.size() && ((Number) seats.get(next)[0]).longValue() == section.id()) {
                Object[] seat = seats.get(next++);
                String label = (String) seat[2];
                if (rows.isEmpty() || !Objects.equals(rows.get(rows.size() - 1).label(), label)) {
                    rows.add(new SeatMap.Row(label, new ArrayList<>()));
                }
                rows.get(rows.size() - 1).seats().add(spot(seat));
            }
            areas.add(new SeatMap.Area(section.id(), section.name(), section.isSeated(), section.capacity(), rows));
        }
        return new SeatMap(event.id(), areas);
    }

    private static SeatMap.Spot spot(Object[] seat) {
        boolean blocked = Boolean.TRUE.equals(seat[6]);
        SeatMap.State state = blocked || seat[7] == null
                ? SeatMap.State.BLOCKED // never sold, or no inventory row (not part of any ticket type)
                : SeatMap.State.valueOf((String) seat[7]);
        return new SeatMap.Spot(
                ((Number) seat[1]).longValue(),
                ((Number) seat[3]).intValue(),
                (String) seat[4],
                Boolean.TRUE.equals(seat[5]),
                state);
    }
}
