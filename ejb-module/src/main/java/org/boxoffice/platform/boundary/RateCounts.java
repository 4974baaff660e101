package org.boxoffice.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.boxoffice.platform.control.Database;

/**
 * Counts hits per fixed window in the table {@code rate_count}, for rate limits and throttles that
 * must hold across all instances of the platform: one upsert per hit, in a transaction of its own
 * (a hit counts although the caller's action is refused and rolled back). Windows start at whole
 * multiples of their length since the epoch, so that every instance agrees on them.
 */
@Stateless
public class RateCounts {

    /** Windows older than this are deleted; no limit or throttle uses a longer one. */
    public static final Duration KEPT = Duration.ofDays(1);

    /** A window's count: the hits in it so far and when it ends. */
    public record Count(long hits, Instant windowEnds) {

        /** Whether this count is over a limit of {@code limit} hits per window. */
        public boolean over(long limit) {
            return hits > limit;
        }

        /** How long until the window ends, at least a second. */
        public Duration retryAfter(Instant now) {
            Duration left = Duration.between(now, windowEnds);
            return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
        }
    }

    // PostgreSQL's upsert is atomic under concurrent hits; H2 (the embedded, single-instance database)
    // has no ON CONFLICT ... DO UPDATE, but a MERGE whose final row a SELECT reads
    static final String HIT_POSTGRESQL = "insert into rate_count (counter, window_start, hits) values (?, ?, 1)"
            + " on conflict (counter, window_start) do update set hits = rate_count.hits + 1 returning hits";
    static final String HIT_H2 = "select hits from final table (merge into rate_count r"
            + " using (values (cast(? as varchar(200)), cast(? as bigint))) s (counter, window_start)"
            + " on r.counter = s.counter and r.window_start = s.window_start"
            + " when matched then update set hits = r.hits + 1"
            + " when not matched then insert (counter, window_start, hits) values (s.counter, s.window_start, 1))";
    static final String COUNTS =
            "select window_start, hits from rate_count where counter = ? and window_start in (?, ?)";

    /** The SQL state of a unique constraint's violation (H2 and PostgreSQL). */
    static final String UNIQUE_VIOLATION = "23505";

    /** The longest counter name the column takes (V58). */
    static final int COUNTER_LENGTH = 200;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Database database;

    Clock clock = Clock.systemUTC();

    /** Adds a hit to the counter's current window and returns the window's count with it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Count hit(String counter, Duration window) {
        Instant now = clock.instant();
        long start = windowStart(now, window);
        String sql = database.product() == Database.Product.H2 ? HIT_H2 : HIT_POSTGRESQL;
        return new Count(
                query(sql, counter, start), Instant.ofEpochSecond(start).plus(window));
    }

    /**
     * The counter's hits within the last {@code window}, without a hit: a sliding estimate from the
     * current window and the share of the previous one that the last {@code window} still covers
     * (rounded up), so that hits just before a window's start still count just after it.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Count recent(String counter, Duration window) {
        Instant now = clock.instant();
        long length = Math.max(1, window.toSeconds());
        long start = windowStart(now, window);
        long current = 0;
        long previous = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNTS)) {
            statement.setString(1, name(counter));
            statement.setLong(2, start);
            statement.setLong(3, start - length);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (result.getLong(1) == start) {
                        current = result.getLong(2);
                    } else {
                        previous = result.getLong(2);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rate count of " + name(counter) + " could not be read", e);
        }
        return new Count(
                current + sliding(previous, now.getEpochSecond() - start, length),
                Instant.ofEpochSecond(start).plus(window));
    }

    /** The share of the previous window's hits that a window sliding {@code elapsed} into the next still covers. */
    static long sliding(long previous, long elapsed, long length) {
        return (previous * (length - elapsed) + length - 1) / length;
    }

    /** Old windows go; every instance may do this, and deleting twice is harmless. */
    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "old rate counts")
    public void forgetOld() {
        long before = clock.instant().minus(KEPT).getEpochSecond();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from rate_count where window_start < ?")) {
            delete.setLong(1, before);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("old rate counts could not be deleted", e);
        }
    }

    /** The first second of the window of this length that {@code now} is in. */
    static long windowStart(Instant now, Duration window) {
        long length = Math.max(1, window.toSeconds());
        long second = now.getEpochSecond();
        return second - Math.floorMod(second, length);
    }

    private long query(String sql, String counter, long windowStart) {
        String name = name(counter);
        try (Connection connection = dataSource.getConnection()) {
            return hit(connection, sql, name, windowStart);
        } catch (SQLException e) {
            throw new IllegalStateException("the rate count of " + name + " could not be written", e);
        }
    }

    /**
     * Adds a hit on the connection and returns the window's count. H2's MERGE of a window's first
     * hit, racing another, finds no row as the other does, and the second insert fails on the key:
     * it is tried once more, finds the row the other wrote and adds to it.
     */
    static long hit(Connection connection, String sql, String name, long windowStart) throws SQLException {
        try {
            return upsert(connection, sql, name, windowStart);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            return upsert(connection, sql, name, windowStart);
        }
    }

    private static long upsert(Connection connection, String sql, String name, long windowStart) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setLong(2, windowStart);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    private static String name(String counter) {
        return counter.length() > COUNTER_LENGTH ? counter.substring(0, COUNTER_LENGTH) : counter;
    }
}
