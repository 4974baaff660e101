package org.boxoffice.sales.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.boxoffice.sales.entity.SalesFigures;

/**
 * The figures of one event on one day, summed by the database: each query groups the day's rows
 * of the event by ticket type and currency, so that what comes back is a few rows however many
 * tickets were sold. The day's rows are found through indexes on the event and the time (ticket
 * issued, ticket admitted; refund gone through).
 *
 * <ul>
 *   <li>Sold: the tickets issued within the day (a booking's tickets are issued when it is
 *       confirmed), each at the unit price of its booking line, with the booking's service fee per
 *       ticket when it has a price, and the VAT its price contains at the booking's rate.
 *   <li>Refunded: the tickets that refunds gone through within the day cancelled, whatever day they
 *       were sold on; the refunds' money to the ticket type of their tickets when they are all of
 *       one type, else (an amount without tickets, or tickets of several types) to no ticket type.
 *   <li>Check-ins: the tickets admitted within the day.
 * </ul>
 */
public final class DayFigures {

    private static final String SOLD = "select x.ticket_type_id, x.currency, count(*), sum(x.price),"
            + " sum(case when x.price > 0 then x.fee else 0 end), sum(x.price * x.rate / (100 + x.rate))"
            + " from (select t.ticket_type_id, b.total_currency as currency, b.service_fee as fee,"
            + " b.vat_rate as rate, (select max(l.unit_price_amount) from booking_line l"
            + " where l.booking_id = t.booking_id and l.ticket_type_id = t.ticket_type_id"
            + " and (l.seat_id = t.seat_id or (t.seat_id is null and l.seat_id is null))) as price"
            + " from ticket t join booking b on b.id = t.booking_id"
            + " where t.event_id = ?1 and t.created_at >= ?2 and t.created_at < ?3) x"
            + " group by x.ticket_type_id, x.currency";

    private static final String TICKETS_REFUNDED = "select t.ticket_type_id, r.currency, count(*)"
            + " from refund r join refund_ticket x on x.refund_id = r.id join ticket t on t.id = x.ticket_id"
            + " where t.event_id = ?1 and r.status = 'SUCCEEDED' and r.changed_at >= ?2 and r.changed_at < ?3"
            + " group by t.ticket_type_id, r.currency";

    private static final String MONEY_REFUNDED = "select y.ticket_type_id, y.currency, sum(y.amount)"
            + " from (select r.currency, r.amount, (select case when count(distinct t.ticket_type_id) = 1"
            + " then min(t.ticket_type_id) end from refund_ticket x join ticket t on t.id = x.ticket_id"
            + " where x.refund_id = r.id) as ticket_type_id"
            + " from refund r join booking b on b.id = r.booking_id"
            + " where b.event_id = ?1 and r.status = 'SUCCEEDED' and r.changed_at >= ?2 and r.changed_at < ?3) y"
            + " group by y.ticket_type_id, y.currency";

    private static final String CHECK_INS = "select t.ticket_type_id, b.total_currency, count(*)"
            + " from ticket t join booking b on b.id = t.booking_id"
            + " where t.event_id = ?1 and t.admitted_at >= ?2 and t.admitted_at < ?3"
            + " group by t.ticket_type_id, b.total_currency";

    private DayFigures() {}

    /** The event's figures of the day {@code [from, to)}, a line per ticket type and currency, in that order. */
    public static List<SalesFigures> of(EntityManager em, long eventId, Instant from, Instant to) {
        List<?> event = em.createNativeQuery("select title, starts_at from event where id = ?1")
                .setParameter(1, eventId)
                .getResultList();
        if (event.isEmpty()) {
            return List.of();
        }
        Object[] head = (Object[]) event.get(0);
        String title = (String) head[0];
        OffsetDateTime startsAt = offsetDateTime(head[1]);
        Map<Long, String> typeNames = new HashMap<>();
        for (Object row : em.createNativeQuery("select id, name from ticket_type where event_id = ?1")
                .setParameter(1, eventId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            typeNames.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }

        Map<Key, SalesFigures> lines = new LinkedHashMap<>();
        OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        for (Object[] row : rows(em, SOLD, eventId, start, end)) {
            Key key = Key.of(row);
            lines.put(
                    key,
                    line(lines, key, eventId, title, startsAt, typeNames)
                            .sold(count(row[2]), amount(row[3]), amount(row[4]), amount(row[5])));
        }
        for (Object[] row : rows(em, TICKETS_REFUNDED, eventId, start, end)) {
            Key key = Key.of(row);
            lines.put(key, line(lines, key, eventId, title, startsAt, typeNames).refunded(count(row[2]), null));
        }
        for (Object[] row : rows(em, MONEY_REFUNDED, eventId, start, end)) {
            Key key = Key.of(row);
            lines.put(key, line(lines, key, eventId, title, startsAt, typeNames).refunded(0, amount(row[2])));
        }
        for (Object[] row : rows(em, CHECK_INS, eventId, start, end)) {
            Key key = Key.of(row);
            lines.put(key, line(lines, key, eventId, title, startsAt, typeNames).admitted(count(row[2])));
        }
        List<SalesFigures> figures = new ArrayList<>(lines.values());
        figures.removeIf(SalesFigures::isEmpty);
        figures.sort(java.util.Comparator.comparing(
                        SalesFigures::ticketTypeId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(line -> line.currency().getCurrencyCode()));
        return figures;
    }

    private record Key(Long ticketTypeId, String currency) {

        static Key of(Object[] row) {
            return new Key(
                    row[0] == null ? null : ((Number) row[0]).longValue(),
                    Objects.toString(row[1]).strip());
        }
    }

    private static SalesFigures line(
            Map<Key, SalesFigures> lines,
            Key key,
            long eventId,
            String title,
            OffsetDateTime startsAt,
            Map<Long, String> typeNames) {
        SalesFigures line = lines.get(key);
        return line != null
                ? line
                : SalesFigures.none(
                        eventId,
                        title,
                        startsAt,
                        key.ticketTypeId(),
                        key.ticketTypeId() == null ? null : typeNames.get(key.ticketTypeId()),
                        Currency.getInstance(key.currency()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(
            EntityManager em, String sql, long eventId, OffsetDateTime from, OffsetDateTime to) {
        return em.createNativeQuery(sql)
                .setParameter(1, eventId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
