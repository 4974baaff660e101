package org.boxoffice.analytics.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.analytics.entity.UserFigures;
import org.boxoffice.analytics.entity.UserFigures.Day;
import org.boxoffice.analytics.entity.UserFigures.Share;

/**
 * The user analytics' figures, each summed by the database (a few rows come back, however many
 * accounts and tickets there are), over the accounts that allow analytics only.
 *
 * <ul>
 *   <li>An account allows analytics when its newest analytics consent is a grant: a withdrawal
 *       takes all of its activity out of the figures, the past included.
 *   <li>A booking is confirmed when its tickets are issued, so a booking counts on the day its
 *       tickets were issued (the sales reports' "sold"); one refunded later still counts.
 *   <li>Days are days of the zone the figures are counted in: each query gets the instants that
 *       begin them, so that a day of 23 or 25 hours counts right and no dialect's date functions
 *       are needed.
 * </ul>
 */
public final class UserActivity {

    /** The accounts whose current analytics choice, the newest of their analytics consents, is a grant. */
    static final String ALLOWING = "select c.account_id from consent c where c.kind = 'ANALYTICS' and c.granted = true"
            + " and not exists (select 1 from consent n where n.account_id = c.account_id and n.kind = c.kind"
            + " and (n.recorded_at > c.recorded_at or (n.recorded_at = c.recorded_at and n.id > c.id)))";

    private static final String CONSENTING = "select count(*) from (" + ALLOWING + ") x";

    /** Confirmed bookings' tickets issued in {@code [?1, ?2)} to accounts that allow analytics. */
    private static final String TICKETS_OF_PERIOD = " from ticket t join booking b on b.id = t.booking_id"
            + " where t.created_at >= ?1 and t.created_at < ?2 and b.account_id in (" + ALLOWING + ")";

    private static final String BUYERS = "select count(*), coalesce(sum(case when x.bookings >= 2 or exists"
            + " (select 1 from ticket p join booking q on q.id = p.booking_id"
            + " where q.account_id = x.account_id and p.created_at < ?1) then 1 else 0 end), 0)"
            + " from (select b.account_id as account_id, count(distinct b.id) as bookings" + TICKETS_OF_PERIOD
            + " group by b.account_id) x";

    private static final String CATEGORIES = "select g.name, count(*)"
            + " from ticket t join booking b on b.id = t.booking_id join event e on e.id = t.event_id"
            + " join category g on g.id = e.category_id"
            + " where t.created_at >= ?1 and t.created_at < ?2 and b.account_id in (" + ALLOWING + ")"
            + " group by g.id, g.name order by count(*) desc, g.name, g.id";

    private static final String CITIES = "select v.city, count(*)"
            + " from ticket t join booking b on b.id = t.booking_id join event e on e.id = t.event_id"
            + " join venue v on v.id = e.venue_id"
            + " where t.created_at >= ?1 and t.created_at < ?2 and b.account_id in (" + ALLOWING + ")"
            + " group by v.city order by count(*) desc, v.city";

    private UserActivity() {}

    /** The figures of the days {@code from} to {@code to} (both included) in {@code zone}. */
    public static UserFigures of(EntityManager em, LocalDate from, LocalDate to, ZoneId zone) {
        List<OffsetDateTime> starts = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
            starts.add(day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        OffsetDateTime start = starts.get(0);
        OffsetDateTime end = starts.get(starts.size() - 1);
        long consenting = ((Number) em.createNativeQuery(CONSENTING).getSingleResult()).longValue();
        Object[] buyers = (Object[]) em.createNativeQuery(BUYERS)
                .setParameter(1, start)
                .setParameter(2, end)
                .getSingleResult();
        return new UserFigures(
                from,
                to,
                zone,
                consenting,
                newAccounts(em, from, starts),
                count(buyers[0]),
                count(buyers[1]),
                top(em, CATEGORIES, start, end),
                top(em, CITIES, start, end));
    }

    /**
     * The accounts created per day, grouped by the number of their day in the period: a {@code
     * case} that compares the time of creation with the days' beginnings gives that number.
     */
    private static List<Day> newAccounts(EntityManager em, LocalDate from, List<OffsetDateTime> starts) {
        int days = starts.size() - 1;
        StringBuilder dayOf = new StringBuilder(days == 1 ? "0" : "case");
        if (days > 1) {
            for (int i = 1; i < days; i++) {
                dayOf.append(" when a.created_at < ?")
                        .append(i + 1)
                        .append(" then ")
                        .append(i - 1);
            }
            dayOf.append(" else ").append(days - 1).append(" end");
        }
        Query query = em.createNativeQuery("select x.d, count(*) from (select " + dayOf + " as d from account a"
                + " where a.created_at >= ?1 and a.created_at < ?" + (days + 1) + " and a.id in (" + ALLOWING
                + ")) x group by x.d");
        for (int i = 0; i < starts.size(); i++) {
            query.setParameter(i + 1, starts.get(i));
        }
        Map<Integer, Long> counted = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counted.put(((Number) columns[0]).intValue(), count(columns[1]));
        }
        List<Day> result = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            result.add(new Day(from.plusDays(i), counted.getOrDefault(i, 0L)));
        }
        return result;
    }

    private static List<Share> top(EntityManager em, String sql, OffsetDateTime start, OffsetDateTime end) {
        List<Share> shares = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql)
                .setParameter(1, start)
                .setParameter(2, end)
                .setMaxResults(UserFigures.TOP)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            shares.add(new Share((String) columns[0], count(columns[1])));
        }
        return shares;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
