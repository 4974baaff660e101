package org.boxoffice.api.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import org.boxoffice.ticket.boundary.Admissions;

/**
 * How entry to an event goes: {@code admitted} of {@code expected} (the valid tickets), per gate
 * (most first; a null gate for scans that named none) and per five minutes (in time order, in the
 * offset of the event's zone, intervals without admissions left out).
 */
public record CheckinFiguresView(
        String eventId, long expected, long admitted, String zone, List<Gate> gates, List<Interval> intervals) {

    public record Gate(String gate, long admitted) {}

    public record Interval(OffsetDateTime from, long admitted) {}

    static CheckinFiguresView of(Admissions.Figures figures) {
        return new CheckinFiguresView(
                String.valueOf(figures.eventId()),
                figures.expected(),
                figures.admitted(),
                figures.zone().getId(),
                figures.gates().stream()
                        .map(gate -> new Gate(gate.gate(), gate.admitted()))
                        .toList(),
                figures.intervals().stream()
                        .map(interval -> new Interval(interval.from(), interval.admitted()))
                        .toList());
    }
}
