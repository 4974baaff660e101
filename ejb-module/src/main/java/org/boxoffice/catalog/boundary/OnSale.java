package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.boxoffice.platform.entity.Page;

/**
 * How the published events that have not started yet are selling, for the admin console: each
 * event's capacity, tickets sold, places held in bookings not paid yet and what is left, counted as
 * {@link EventAvailability} counts them for an organizer (seats by their status, general admission
 * by its allotments and the held bookings' lines). One page costs four queries, whatever its size.
 */
@Stateless
public class OnSale {

    /**
     * One event's standing.
     *
     * @param capacity every seat with an inventory row (held back ones too) and every
     *     general-admission place
     * @param sold paid or confirmed free
     * @param held in customers' bookings that are not paid yet
     * @param available what can be sold now
     */
    public record Standing(
            long eventId,
            String title,
            OffsetDateTime startsAt,
            ZoneId zone,
            long capacity,
            long sold,
            long held,
            long available) {

        /** The share of the capacity sold, in percent with one decimal; 0 without capacity. */
        public BigDecimal sellThrough() {
            return capacity == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(sold * 100).divide(BigDecimal.valueOf(capacity), 1, RoundingMode.HALF_UP);
        }
    }

    /** Title filters longer than this are cut: no title is longer. */
    static final int MAX_FILTER = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * A page of the published events that have not started yet, soonest first (then by id), whose
     * title contains {@code title} (case-insensitive; null or blank: all).
     */
    public Page<Standing> page(String title, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int number = Math.max(1, page);
        String pattern = pattern(title);
        String where = " from event e join venue v on v.id = e.venue_id where e.status = 'PUBLISHED'"
                + " and e.starts_at > ?1" + (pattern == null ? "" : " and lower(e.title) like ?2 escape '!'");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long total = ((Number) bind(em.createNativeQuery("select count(*)" + where), now, pattern)
                        .getSingleResult())
                .longValue();
        List<?> rows = bind(
                        em.createNativeQuery(
                                "select e.id, e.title, e.starts_at, v.zone_id" + where + " order by e.starts_at, e.id"),
                        now,
                        pattern)
                .setFirstResult(Page.offset(number, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        if (rows.isEmpty()) {
            return new Page<>(List.of(), number, pageSize, total);
        }
        String ids = rows.stream()
                .map(row -> String.valueOf(((Number) ((Object[]) row)[0]).longValue()))
                .collect(Collectors.joining(","));
        Map<Long, long[]> seats = seats(ids);
        Map<Long, long[]> places = places(ids);
        Map<Long, Long> heldPlaces = heldPlaces(ids);
        List<Standing> items = rows.stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    long id = ((Number) columns[0]).longValue();
                    ZoneId zone = ZoneId.of(columns[3].toString().strip());
                    long[] seat = seats.getOrDefault(id, new long[4]);
                    long[] place = places.getOrDefault(id, new long[2]);
                    long placesHeld = Math.min(heldPlaces.getOrDefault(id, 0L), place[1]);
                    long capacity = seat[0] + seat[1] + seat[2] + seat[3] + place[0];
                    long available = seat[0] + place[0] - place[1];
                    long held = seat[1] + placesHeld;
                    long sold = seat[2] + place[1] - placesHeld;
                    return new Standing(
                            id, columns[1].toString(), time(columns[2], zone), zone, capacity, sold, held, available);
                })
                .toList();
        return new Page<>(items, number, pageSize, total);
    }

    private static Query bind(Query query, OffsetDateTime now, String pattern) {
        query.setParameter(1, now);
        if (pattern != null) {
            query.setParameter(2, pattern);
        }
        return query;
    }

    /**
     * A LIKE pattern that finds the text anywhere, its wildcards taken literally, without control
     * characters; null for none.
     */
    static String pattern(String title) {
        // control characters are in no title, and the database refuses a NUL in a parameter
        String text =
                title == null ? "" : title.replaceAll("\\p{Cc}", "").strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        text = text.substring(0, Math.min(text.length(), MAX_FILTER));
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Per event: seats free, held, sold and held back. */
    private Map<Long, long[]> seats(String ids) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select event_id, status, count(*) from event_seat where event_id in ("
                        + ids + ") group by event_id, status")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            long[] figures = counts.computeIfAbsent(((Number) columns[0]).longValue(), id -> new long[4]);
            int index =
                    switch (columns[1].toString().strip()) {
                        case "FREE" -> 0;
                        case "HELD" -> 1;
                        case "SOLD" -> 2;
                        default -> 3;
                    };
            figures[index] += ((Number) columns[2]).longValue();
        }
        return counts;
    }

    /** Per event: general-admission places in all and places taken (held or sold). */
    private Map<Long, long[]> places(String ids) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select t.event_id, sum(a.capacity), sum(a.taken) from allotment a"
                        + " join ticket_type t on t.id = a.ticket_type_id where t.event_id in (" + ids + ")"
                        + " group by t.event_id")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(
                    ((Number) columns[0]).longValue(),
                    new long[] {((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()});
        }
        return counts;
    }

    /** Per event: general-admission places in held bookings. */
    private Map<Long, Long> heldPlaces(String ids) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select b.event_id, sum(l.quantity) from booking_line l"
                        + " join booking b on b.id = l.booking_id where b.event_id in (" + ids + ")"
                        + " and b.status = 'HELD' and l.allotment_id is not null group by b.event_id")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static OffsetDateTime time(Object value, ZoneId zone) {
        OffsetDateTime time = value instanceof Timestamp timestamp
                ? timestamp.toInstant().atOffset(ZoneOffset.UTC)
                : value instanceof OffsetDateTime offset ? offset : OffsetDateTime.parse(value.toString());
        return time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
