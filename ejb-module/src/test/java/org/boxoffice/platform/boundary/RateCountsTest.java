package org.boxoffice.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
}
