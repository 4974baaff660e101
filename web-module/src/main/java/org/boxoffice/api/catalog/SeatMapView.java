package org.boxoffice.api.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.venue.entity.SeatMap;

/**
 * An event's seat map, compact enough for venues of 20,000 seats: each seat is the array {@code
 * [id, number, category index, state, accessible]}, state one of {@code F} (free), {@code H}
 * (held), {@code S} (sold), {@code B} (blocked, never sold), accessible {@code 1} or {@code 0};
 * category names are listed once. Customers see seats the organizer holds back as {@code B}; the
 * organizer's own map shows them as {@code W} (withheld).
 */
public record SeatMapView(String eventId, List<String> categories, List<AreaView> sections) {

    public record AreaView(String id, String name, boolean seated, int capacity, List<RowView> rows) {}

    public record RowView(String label, List<List<Object>> seats) {}

    /** The map as customers see it: a seat held back is simply not for sale. */
    public static SeatMapView of(SeatMap map) {
        return of(map, false);
    }

    /** The map as the event's organizers see it, with the seats they hold back. */
    public static SeatMapView forOrganizer(SeatMap map) {
        return of(map, true);
    }

    private static SeatMapView of(SeatMap map, boolean withheldApart) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        List<AreaView> areas = new ArrayList<>();
        for (SeatMap.Area area : map.areas()) {
            List<RowView> rows = new ArrayList<>();
            for (SeatMap.Row row : area.rows()) {
                List<List<Object>> seats = new ArrayList<>(row.seats().size());
                for (SeatMap.Spot seat : row.seats()) {
                    int category = categories.computeIfAbsent(seat.category(), name -> categories.size());
                    seats.add(List.of(
                            seat.seatId(),
                            seat.number(),
                            category,
                            state(seat.state(), withheldApart),
                            seat.accessible() ? 1 : 0));
                }
                rows.add(new RowView(row.label(), seats));
            }
            areas.add(
                    new AreaView(String.valueOf(area.sectionId()), area.name(), area.seated(), area.capacity(), rows));
        }
        return new SeatMapView(
                map.eventId() == null ? null : String.valueOf(map.eventId()), List.copyOf(categories.keySet()), areas);
    }

    private static String state(SeatMap.State state, boolean withheldApart) {
        return switch (state) {
            case FREE -> "F";
            case HELD -> "H";
            case SOLD -> "S";
            case BLOCKED -> "B";
            case WITHHELD -> withheldApart ? "W" : "B";
        };
    }
}
