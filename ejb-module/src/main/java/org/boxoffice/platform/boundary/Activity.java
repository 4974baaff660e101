package org.boxoffice.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * What the business did in each of the last minutes, counted from the database: the same on every
 * instance, unlike the counters of {@code /metrics}, which each instance keeps for itself. Each
 * count reads one timestamp column of the recent rows through an index on it, so a window of
 * minutes costs five short range scans.
 */
@Stateless
public class Activity {

    /** The longest window asked for: an hour of minutes. */
    public static final int MAX_MINUTES = 60;

    /**
     * One minute's counts.
     *
     * @param start the minute's first instant (UTC)
     * @param holds bookings made (every booking starts as a hold)
     * @param confirmations bookings that got their tickets: confirmed
     * @param payments payments the provider accepted, by the minute they were made (refunded
     *     later or not)
     * @param declines payments the provider declined
     * @param refunds refunds the provider accepted or is working on
     * @param checkIns tickets admitted at the door
     */
    public record Minute(
            OffsetDateTime start,
            long holds,
            long confirmations,
            long payments,
            long declines,
            long refunds,
            long checkIns) {}

    @PersistenceContext
    EntityManager em;

    /**
     * The last {@code minutes} minutes (1 to {@link #MAX_MINUTES}), oldest first; the last is the
     * minute running now, counted so far.
     */
    public List<Minute> lastMinutes(int minutes) {
        int count = Math.max(1, Math.min(minutes, MAX_MINUTES));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime first = now.truncatedTo(ChronoUnit.MINUTES).minusMinutes(count - 1L);
        // booking and refund rows are found by changed_at (indexed), which is never before created_at
        long[] holds =
                perMinute("select created_at from booking where changed_at >= ?1 and created_at >= ?1", first, count);
        long[] confirmations = perMinute(
                "select min(created_at) from ticket where created_at >= ?1 group by booking_id", first, count);
        // a payment by the minute it was made: a refund later changes its status, not when it was paid
        long[] payments = perMinute(
                "select created_at from payment where created_at >= ?1 and status in ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')",
                first,
                count);
        long[] declines = perMinute(
                "select created_at from payment where created_at >= ?1 and status = 'DECLINED'", first, count);
        long[] refunds = perMinute(
                "select created_at from refund where changed_at >= ?1 and created_at >= ?1 and status <> 'FAILED'",
                first,
                count);
        long[] checkIns = perMinute("select admitted_at from ticket where admitted_at >= ?1", first, count);
        List<Minute> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new Minute(
                    first.plusMinutes(i),
                    holds[i],
                    confirmations[i],
                    payments[i],
                    declines[i],
                    refunds[i],
                    checkIns[i]));
        }
        return result;
    }

    private long[] perMinute(String query, OffsetDateTime first, int count) {
        long[] buckets = new long[count];
        Instant start = first.toInstant();
        for (Object row : em.createNativeQuery(query).setParameter(1, first).getResultList()) {
            Instant at = instant(row instanceof Object[] columns ? columns[0] : row);
            if (at == null) {
                continue;
            }
            long minute = ChronoUnit.MINUTES.between(start, at);
            if (minute >= 0 && minute < count) {
                buckets[(int) minute]++;
            }
        }
        return buckets;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value == null ? null : OffsetDateTime.parse(value.toString()).toInstant();
    }
}
