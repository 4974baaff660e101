package org.boxoffice.venue.entity;

import java.util.List;

/**
 * A venue's seat map: the sections in order, each reserved seat with its row, number, category and
 * state, each standing area with its capacity. For an event ({@code eventId} set) the states are the
 * event's (free, held, sold); for the venue alone a seat is free or blocked. A value, read in one
 * query; it changes nothing.
 */
public record SeatMap(Long eventId, long venueId, List<Area> areas) {

    /** A seat's state for the event. BLOCKED seats are never sold; WITHHELD ones not until released. */
    public enum State {
        FREE,
        HELD,
        SOLD,
        BLOCKED,
        /** Held back by the organizer; customers see it as not for sale. */
        WITHHELD
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
