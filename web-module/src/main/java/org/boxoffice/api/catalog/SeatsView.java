package org.boxoffice.api.catalog;

import java.util.ArrayList;
import java.util.List;
import org.boxoffice.venue.entity.SeatMap;

/**
 * An event's seats as the API contract writes them ({@code GET /api/v1/events/{id}/seats}): sections,
 * rows and seats with their {@code status}: {@code FREE}, {@code HELD}, {@code SOLD}, or {@code
 * BLOCKED} for a seat that is not for sale (never sold, held back by the organizer, or of no ticket
 * type). Plain and self-describing; the event page uses the compact {@code seat-map} instead.
 */
public record SeatsView(String eventId, List<SectionSeats> sections) {

    public record SectionSeats(String id, String name, boolean seated, int capacity, List<RowSeats> rows) {}

    public record RowSeats(String label, List<SeatView> seats) {}

    public record SeatView(String id, int number, String category, boolean accessible, String status) {}

    static SeatsView of(SeatMap map) {
        List<SectionSeats> sections = new ArrayList<>();
        for (SeatMap.Area area : map.areas()) {
            List<RowSeats> rows = new ArrayList<>();
            for (SeatMap.Row row : area.rows()) {
                rows.add(new RowSeats(
                        row.label(),
                        row.seats().stream()
                                .map(seat -> new SeatView(
                                        String.valueOf(seat.seatId()),
                                        seat.number(),
                                        seat.category(),
                                        seat.accessible(),
                                        seat.state() == SeatMap.State.WITHHELD
                                                ? SeatMap.State.BLOCKED.name()
                                                : seat.state().name()))
                                .toList()));
            }
            sections.add(new SectionSeats(
                    String.valueOf(area.sectionId()), area.name(), area.seated(), area.capacity(), rows));
        }
        return new SeatsView(String.valueOf(map.eventId()), sections);
    }
}
