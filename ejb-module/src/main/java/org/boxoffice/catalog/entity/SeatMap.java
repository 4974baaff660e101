package org.boxoffice.catalog.entity;

import java.util.List;

/**
 * An event's seat map as a customer sees it: the venue's sections in order, each reserved seat
 * with its row, number, category and state for this event, and each standing area with its
 * capacity. A value, read in one query; it changes nothing.
 */
public record SeatMap(long eventId, List<Area> areas) {

    /** A seat's state for the event. BLOCKED seats are never sold. */
    public enum State {
        FREE,
        HELD,
        SOLD,
        BLOCKED
    }

    public record Area(long sectionId, String name, boolean seated, int capacity, List<Row> rows) {}

    public record Row(String label, List<Spot> seats) {}

    public record Spot(long seatId, int number, String category, boolean accessible, State state) {}

    public int seatCount() {
        return areas.stream()
                .flatMap(area -> area.rows().stream())
                .mapToInt(row -> row.seats().size())
                .sum();
    }
}
