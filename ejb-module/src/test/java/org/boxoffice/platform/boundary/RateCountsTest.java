package org.boxoffice.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateCountsTest {

    @Test
    void windowsStartAtWholeMultiplesOfTheirLengthSinceTheEpoch() {
        Instant at = Instant.parse("2026-12-07T21:13:42Z");

        assertThat(Instant.ofEpochSecond(RateCounts.windowStart(at, Duration.ofMinutes(1))))
                .isEqualTo(Instant.parse("2026-12-07T21:13:00Z"));
        assertThat(Instant.ofEpochSecond(RateCounts.windowStart(at, Duration.ofMinutes(10))))
                .isEqualTo(Instant.parse("2026-12-07T21:10:00Z"));
        assertThat(RateCounts.windowStart(Instant.parse("2026-12-07T21:10:00Z"), Duration.ofMinutes(10)))
                .as("a window's first second is its own")
                .isEqualTo(Instant.parse("2026-12-07T21:10:00Z").getEpochSecond());
    }

    @Test
    void theSlidingEstimateKeepsThePreviousWindowsShareRoundedUp() {
        assertThat(RateCounts.sliding(20, 0, 600))
                .as("right at the start: all of it")
                .isEqualTo(20);
        assertThat(RateCounts.sliding(20, 300, 600)).as("half-way: half").isEqualTo(10);
        assertThat(RateCounts.sliding(10, 3, 600)).as("rounded up").isEqualTo(10);
        assertThat(RateCounts.sliding(20, 599, 600))
                .as("the last second: a share still")
                .isEqualTo(1);
        assertThat(RateCounts.sliding(0, 100, 600)).isZero();
    }

    @Test
    void aCountIsOverItsLimitPastItAndRetriesWhenItsWindowEnds() {
        Instant now = Instant.parse("2026-12-07T21:13:42Z");
        RateCounts.Count count = new RateCounts.Count(4, Instant.parse("2026-12-07T21:14:00Z"));

        assertThat(count.over(4)).isFalse();
        assertThat(count.over(3)).isTrue();
        assertThat(count.retryAfter(now)).isEqualTo(Duration.ofSeconds(18));
        assertThat(count.retryAfter(Instant.parse("2026-12-07T21:14:05Z")))
                .as("never less than a second")
                .isEqualTo(Duration.ofSeconds(1));
    }

    /**
     * Two instances' first hits of a window on H2 (the embedded database), in transactions of their
     * own: both MERGEs find no row and insert one; the second waits for the first and then finds its
     * key taken. It is tried again, finds the row and adds to it: two hits, no error.
     */
    @Test
    void twoFirstHitsOfAWindowRacingOnH2CountTwo() throws Exception {
        String url = "jdbc:h2:mem:rate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        try (Connection setup = DriverManager.getConnection(url);
                Statement statement = setup.createStatement();
                InputStream migration =
                        getClass().getClassLoader().getResourceAsStream("db/migration/V58__rate_counts.sql")) {
            for (String ddl : new String(migration.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "")
                    .split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url)) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(RateCounts.hit(first, RateCounts.HIT_H2, "sign-in:10.0.0.1", 60))
                    .isEqualTo(1);
            CompletableFuture<Long> racing = CompletableFuture.supplyAsync(() -> {
                try {
                    return RateCounts.hit(second, RateCounts.HIT_H2, "sign-in:10.0.0.1", 60);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            first.commit();
            assertThat(racing.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            second.commit();
        }
        try (Connection check = DriverManager.getConnection(url);
                Statement statement = check.createStatement();
                ResultSet hits = statement.executeQuery("select hits from rate_count")) {
            assertThat(hits.next()).isTrue();
            assertThat(hits.getLong(1)).isEqualTo(2);
        }
    }
}
