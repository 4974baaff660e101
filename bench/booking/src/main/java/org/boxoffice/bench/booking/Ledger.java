package org.boxoffice.bench.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Sql;
import org.boxoffice.bench.common.Violations;

/**
 * The books after each step: whether anything was sold twice or past its capacity, checked by
 * queries over the whole database (every booking in it is the bench's), and the reset that puts
 * the inventory back on sale for the next step, as the expiry of the holds would.
 */
final class Ledger {

    /** A booking that holds or bought its seats and places. */
    static final String LIVE = "('HELD', 'CONFIRMED')";

    /**
     * Each query counts violations: zero everywhere is a clean ledger. The first five are overselling
     * (a place or seat sold that was not there, or twice); the last two inventory that live bookings
     * do not account for (taken and never sold: lost, not oversold, but a bug all the same).
     */
    static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("allotments taken past capacity", "select count(*) from allotment where taken > capacity");
        CHECKS.put(
                "allotments with more places in live bookings than taken",
                "select count(*) from allotment a join (select l.allotment_id, sum(l.quantity) as booked"
                        + " from booking_line l join booking b on b.id = l.booking_id"
                        + " where b.status in " + LIVE + " and l.allotment_id is not null group by l.allotment_id) x"
                        + " on x.allotment_id = a.id where x.booked > a.taken");
        CHECKS.put(
                "ticket types with more places in live bookings than capacity",
                "select count(*) from (select l.ticket_type_id, sum(l.quantity) as booked"
                        + " from booking_line l join booking b on b.id = l.booking_id"
                        + " where b.status in " + LIVE + " and l.allotment_id is not null group by l.ticket_type_id) x"
                        + " join (select ticket_type_id, sum(capacity) as capacity from allotment group by ticket_type_id) a"
                        + " on a.ticket_type_id = x.ticket_type_id where x.booked > a.capacity");
        CHECKS.put(
                "seats in two or more live bookings",
                "select count(*) from (select b.event_id, l.seat_id from booking_line l join booking b on b.id = l.booking_id"
                        + " where b.status in " + LIVE + " and l.seat_id is not null"
                        + " group by b.event_id, l.seat_id having count(*) > 1) twice");
        CHECKS.put(
                "seats of live bookings not held or sold for that booking",
                "select count(*) from booking_line l join booking b on b.id = l.booking_id"
                        + " left join event_seat s on s.event_id = b.event_id and s.seat_id = l.seat_id"
                        + " where b.status in " + LIVE + " and l.seat_id is not null"
                        + " and (s.status is null or s.status not in ('HELD', 'SOLD') or s.booking_id is distinct from b.id)");
        CHECKS.put(
                "event seats held or sold minus seat lines of live bookings",
                "select (select count(*) from event_seat where status in ('HELD', 'SOLD'))"
                        + " - (select count(*) from booking_line l join booking b on b.id = l.booking_id"
                        + " where b.status in " + LIVE + " and l.seat_id is not null)");
        CHECKS.put(
                "allotments with fewer places in live bookings than taken",
                "select count(*) from allotment a left join (select l.allotment_id, sum(l.quantity) as booked"
                        + " from booking_line l join booking b on b.id = l.booking_id"
                        + " where b.status in " + LIVE + " and l.allotment_id is not null group by l.allotment_id) x"
                        + " on x.allotment_id = a.id where a.taken > coalesce(x.booked, 0)");
    }

    /** The counts of one check of all the books; {@link #clean()} when each is zero. */
    record Check(Violations violations, long liveBookings, long heldSeats, long takenPlaces) {

        boolean clean() {
            return violations.clean();
        }

        String summary() {
            return violations.summary(String.format(
                    "%,d live bookings, %,d seats held, %,d places taken", liveBookings, heldSeats, takenPlaces));
        }
    }

    private final Database database;

    Ledger(Database database) {
        this.database = database;
    }

    Check check() throws SQLException {
        try (Connection c = database.superuser()) {
            Map<String, Long> violations = new LinkedHashMap<>();
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                violations.put(check.getKey(), Sql.scalar(c, check.getValue()));
            }
            return new Check(
                    new Violations(violations),
                    Sql.scalar(c, "select count(*) from booking where status in " + LIVE),
                    Sql.scalar(c, "select count(*) from event_seat where status in ('HELD', 'SOLD')"),
                    Sql.scalar(c, "select coalesce(sum(taken), 0) from allotment"));
        }
    }

    /** Live bookings of these events: the holds a step made, counted by the database. */
    long liveBookings(List<Long> events) throws SQLException {
        try (Connection c = database.superuser()) {
            return Sql.scalar(
                    c,
                    "select count(*) from booking where status in " + LIVE + " and event_id in ("
                            + events.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }
    }

    /**
     * Ends every hold and puts its seats and places back on sale, as the expiry of the holds would,
     * then vacuums what the step changed, so that each step starts from the same inventory.
     */
    void reset() throws SQLException {
        try (Connection c = database.superuser()) {
            c.setAutoCommit(false);
            Sql.execute(
                    c,
                    "update booking set status = 'EXPIRED', changed_at = now(), version = version + 1"
                            + " where status = 'HELD'");
            Sql.execute(
                    c,
                    "update event_seat set status = 'FREE', booking_id = null, version = version + 1"
                            + " where status = 'HELD'");
            Sql.execute(c, "update allotment set taken = 0, version = version + 1 where taken <> 0");
            c.commit();
            c.setAutoCommit(true);
            Sql.execute(c, "vacuum (analyze) booking, booking_line, event_seat, allotment");
            Sql.execute(c, "checkpoint");
        }
    }
}
