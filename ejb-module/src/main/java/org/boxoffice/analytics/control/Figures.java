package org.boxoffice.analytics.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.boxoffice.analytics.entity.Attendance;
import org.boxoffice.analytics.entity.SellThrough;

/**
 * The analytics' queries, each summed by the database with a group by over the organisation's
 * events (or one of them), so that what comes back is a row per day and currency, per ticket type
 * or per event however many tickets there are. A ticket counts as sold on the day it was issued
 * (its booking confirmed), at the unit price of its booking line, as in the sales report.
 */
public final class Figures {

    /** A day's tickets and gross in one currency. */
    public record Day(LocalDate day, Currency currency, long tickets, BigDecimal gross) {}

    /** A buyer of the period: the account and its postal address as stored (encrypted), and its newest analytics consent. */
    public record Buyer(long accountId, String storedAddress, boolean consents) {}

    private Figures() {}

    /**
     * The tickets issued and their gross per day (in {@code zone}) and currency, from {@code from}
     * up to {@code to} (excluded).
     */
    public static List<Day> days(
            EntityManager em, long organisation, Long event, ZoneId zone, Instant from, Instant to) {
        String local = "t.created_at at time zone " + zoneSql(zone);
        String sql = "select x.day, x.currency, count(*), sum(x.price) from (select"
                // the local date as text: a cast to date would convert back to the session's zone in H2
                + " substring(cast(" + local + " as varchar(40)) from 1 for 10) as day,"
                + " b.total_currency as currency,"
                + " (select max(l.unit_price_amount) from booking_line l where l.booking_id = t.booking_id"
                + " and l.ticket_type_id = t.ticket_type_id"
                + " and (l.seat_id = t.seat_id or (t.seat_id is null and l.seat_id is null))) as price"
                + " from ticket t join booking b on b.id = t.booking_id join event e on e.id = t.event_id"
                + " where e.organisation_id = ?1" + (event == null ? "" : " and t.event_id = ?4")
                + " and t.created_at >= ?2 and t.created_at < ?3) x"
                + " group by x.day, x.currency";
        Query query = em.createNativeQuery(sql)
                .setParameter(1, organisation)
                .setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setParameter(3, to.atOffset(ZoneOffset.UTC));
        if (event != null) {
            query.setParameter(4, event);
        }
        List<Day> days = new ArrayList<>();
        for (Object[] row : rows(query)) {
            days.add(new Day(
                    LocalDate.parse(row[0].toString().strip()),
                    Currency.getInstance(row[1].toString().strip()),
                    count(row[2]),
                    amount(row[3])));
        }
        return days;
    }

    /** Each ticket type's valid tickets and capacity, by the events' start and the types' ids. */
    public static List<SellThrough> sellThrough(EntityManager em, long organisation, Long event) {
        String sql = "select e.id, e.title, tt.id, tt.name,"
                + " (select count(*) from ticket t where t.ticket_type_id = tt.id and t.status = 'VALID'),"
                + " coalesce((select sum(a.capacity) from allotment a where a.ticket_type_id = tt.id), 0)"
                + " + (select count(*) from event_seat s where s.ticket_type_id = tt.id)"
                + " from ticket_type tt join event e on e.id = tt.event_id"
                + " where e.organisation_id = ?1" + (event == null ? "" : " and e.id = ?2")
                + " order by e.starts_at, e.id, tt.id";
        Query query = em.createNativeQuery(sql).setParameter(1, organisation);
        if (event != null) {
            query.setParameter(2, event);
        }
        List<SellThrough> types = new ArrayList<>();
        for (Object[] row : rows(query)) {
            types.add(new SellThrough(
                    count(row[0]), (String) row[1], count(row[2]), (String) row[3], count(row[4]), count(row[5])));
        }
        return types;
    }

    /** Each event's valid tickets and those of them admitted, for the events that sold any. */
    public static List<Attendance> attendance(EntityManager em, long organisation, Long event) {
        String sql = "select e.id, e.title, count(*), count(t.admitted_at)"
                + " from ticket t join event e on e.id = t.event_id"
                + " where e.organisation_id = ?1" + (event == null ? "" : " and e.id = ?2")
                + " and t.status = 'VALID'"
                + " group by e.id, e.title, e.starts_at order by e.starts_at, e.id";
        Query query = em.createNativeQuery(sql).setParameter(1, organisation);
        if (event != null) {
            query.setParameter(2, event);
        }
        List<Attendance> events = new ArrayList<>();
        for (Object[] row : rows(query)) {
            events.add(new Attendance(count(row[0]), (String) row[1], count(row[2]), count(row[3])));
        }
        return events;
    }

    /**
     * The accounts that were issued tickets from {@code from} up to {@code to} (excluded), each once,
     * with its stored address only when its newest analytics consent grants the use: the address of
     * a buyer who did not agree is not even read.
     */
    public static List<Buyer> buyers(EntityManager em, long organisation, Long event, Instant from, Instant to) {
        String consent = "(select c.granted from consent c where c.account_id = a.id and c.kind = 'ANALYTICS'"
                + " order by c.recorded_at desc, c.id desc fetch first 1 rows only)";
        String sql = "select a.id, case when " + consent + " = true then a.postal_address end,"
                + " case when " + consent + " = true then 1 else 0 end"
                + " from account a where a.id in (select b.account_id from ticket t"
                + " join booking b on b.id = t.booking_id join event e on e.id = t.event_id"
                + " where e.organisation_id = ?1" + (event == null ? "" : " and t.event_id = ?4")
                + " and t.created_at >= ?2 and t.created_at < ?3) order by a.id";
        Query query = em.createNativeQuery(sql)
                .setParameter(1, organisation)
                .setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setParameter(3, to.atOffset(ZoneOffset.UTC));
        if (event != null) {
            query.setParameter(4, event);
        }
        List<Buyer> buyers = new ArrayList<>();
        for (Object[] row : rows(query)) {
            buyers.add(new Buyer(count(row[0]), (String) row[1], count(row[2]) == 1));
        }
        return buyers;
    }

    /** The organisation's events, the latest first, to pick one of. */
    public static List<Object[]> events(EntityManager em, long organisation) {
        return rows(em.createNativeQuery(
                        "select id, title from event where organisation_id = ?1 order by starts_at desc, id desc")
                .setParameter(1, organisation));
    }

    /**
     * The zone as {@code at time zone} takes it in PostgreSQL and H2 alike, written into the query
     * (neither takes it as a parameter there): a region's id (letters, digits, {@code / _ + -}
     * only); a whole-hour offset as its {@code Etc/GMT} zone, whose sign is the reverse, because
     * PostgreSQL reads an offset given as text the POSIX way, west positive; any other offset as an
     * interval, which both read east positive.
     */
    static String zoneSql(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset) {
            int seconds = offset.getTotalSeconds();
            if (seconds == 0) {
                return "'UTC'";
            }
            if (seconds % 3600 == 0) {
                int hours = seconds / 3600;
                return "'Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours) + "'";
            }
            int minutes = Math.abs(seconds) / 60;
            return String.format(
                    "interval '%s%02d:%02d' hour to minute", seconds < 0 ? "-" : "", minutes / 60, minutes % 60);
        }
        String id = normalized.getId();
        if (!id.matches("[A-Za-z0-9/_+-]+")) {
            throw new IllegalArgumentException("zone " + id);
        }
        return "'" + id + "'";
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(Objects.toString(value));
    }
}
