package org.boxoffice.bench.reports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job's four group-by queries as the platform sends them for one event
 * ({@code ejb-module/.../sales/control/DayFigures.java}, copied: the bench does not link the
 * platform), and the same sums for all of an organisation's events at once, as one plain SQL client
 * would ask for the day: the floor the job's time is compared with.
 */
final class JobQueries {

    /** By name: {@code ?1} the event, {@code ?2} and {@code ?3} the day's first and end instant. */
    static final Map<String, String> PER_EVENT = new LinkedHashMap<>();

    /** By name: {@code ?1} the organisation, {@code ?2} and {@code ?3} as above. */
    static final Map<String, String> WHOLE_DAY = new LinkedHashMap<>();

    static {
        PER_EVENT.put(
                "sold",
                "select x.ticket_type_id, x.currency, count(*), sum(x.price),"
                        + " sum(case when x.price > 0 then x.fee else 0 end), sum(x.price * x.rate / (100 + x.rate))"
                        + " from (select t.ticket_type_id, b.total_currency as currency, b.service_fee as fee,"
                        + " b.vat_rate as rate, (select max(l.unit_price_amount) from booking_line l"
                        + " where l.booking_id = t.booking_id and l.ticket_type_id = t.ticket_type_id"
                        + " and (l.seat_id = t.seat_id or (t.seat_id is null and l.seat_id is null))) as price"
                        + " from ticket t join booking b on b.id = t.booking_id"
                        + " where t.event_id = ?1 and t.created_at >= ?2 and t.created_at < ?3) x"
                        + " group by x.ticket_type_id, x.currency");
        PER_EVENT.put(
                "tickets refunded",
                "select t.ticket_type_id, r.currency, count(*)"
                        + " from refund r join refund_ticket x on x.refund_id = r.id join ticket t on t.id = x.ticket_id"
                        + " where t.event_id = ?1 and r.status = 'SUCCEEDED' and r.changed_at >= ?2 and r.changed_at < ?3"
                        + " group by t.ticket_type_id, r.currency");
        PER_EVENT.put(
                "money refunded",
                "select y.ticket_type_id, y.currency, sum(y.amount)"
                        + " from (select r.currency, r.amount, (select case when count(distinct t.ticket_type_id) = 1"
                        + " then min(t.ticket_type_id) end from refund_ticket x join ticket t on t.id = x.ticket_id"
                        + " where x.refund_id = r.id) as ticket_type_id"
                        + " from refund r join booking b on b.id = r.booking_id"
                        + " where b.event_id = ?1 and r.status = 'SUCCEEDED' and r.changed_at >= ?2"
                        + " and r.changed_at < ?3) y"
                        + " group by y.ticket_type_id, y.currency");
        PER_EVENT.put(
                "check-ins",
                "select t.ticket_type_id, b.total_currency, count(*)"
                        + " from ticket t join booking b on b.id = t.booking_id"
                        + " where t.event_id = ?1 and t.admitted_at >= ?2 and t.admitted_at < ?3"
                        + " group by t.ticket_type_id, b.total_currency");

        String events = "(select id from event where organisation_id = ?1)";
        WHOLE_DAY.put(
                "sold",
                "select x.event_id, x.ticket_type_id, x.currency, count(*), sum(x.price),"
                        + " sum(case when x.price > 0 then x.fee else 0 end), sum(x.price * x.rate / (100 + x.rate))"
                        + " from (select t.event_id, t.ticket_type_id, b.total_currency as currency,"
                        + " b.service_fee as fee, b.vat_rate as rate, (select max(l.unit_price_amount)"
                        + " from booking_line l where l.booking_id = t.booking_id"
                        + " and l.ticket_type_id = t.ticket_type_id"
                        + " and (l.seat_id = t.seat_id or (t.seat_id is null and l.seat_id is null))) as price"
                        + " from ticket t join booking b on b.id = t.booking_id"
                        + " where t.event_id in " + events + " and t.created_at >= ?2 and t.created_at < ?3) x"
                        + " group by x.event_id, x.ticket_type_id, x.currency");
        WHOLE_DAY.put(
                "tickets refunded",
                "select t.event_id, t.ticket_type_id, r.currency, count(*)"
                        + " from refund r join refund_ticket x on x.refund_id = r.id join ticket t on t.id = x.ticket_id"
                        + " where t.event_id in " + events + " and r.status = 'SUCCEEDED' and r.changed_at >= ?2"
                        + " and r.changed_at < ?3 group by t.event_id, t.ticket_type_id, r.currency");
        WHOLE_DAY.put(
                "money refunded",
                "select y.event_id, y.ticket_type_id, y.currency, sum(y.amount)"
                        + " from (select b.event_id, r.currency, r.amount, (select case when"
                        + " count(distinct t.ticket_type_id) = 1 then min(t.ticket_type_id) end"
                        + " from refund_ticket x join ticket t on t.id = x.ticket_id where x.refund_id = r.id)"
                        + " as ticket_type_id from refund r join booking b on b.id = r.booking_id"
                        + " where b.event_id in " + events + " and r.status = 'SUCCEEDED' and r.changed_at >= ?2"
                        + " and r.changed_at < ?3) y group by y.event_id, y.ticket_type_id, y.currency");
        WHOLE_DAY.put(
                "check-ins",
                "select t.event_id, t.ticket_type_id, b.total_currency, count(*)"
                        + " from ticket t join booking b on b.id = t.booking_id"
                        + " where t.event_id in " + events + " and t.admitted_at >= ?2 and t.admitted_at < ?3"
                        + " group by t.event_id, t.ticket_type_id, b.total_currency");
    }

    private JobQueries() {}

    /** The query with its parameters written in (ids and instants only: nothing a user typed). */
    static String bind(String sql, long id, Instant from, Instant to) {
        return sql.replace("?1", String.valueOf(id))
                .replace("?2", "timestamptz '" + from + "'")
                .replace("?3", "timestamptz '" + to + "'");
    }
}
