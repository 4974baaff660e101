package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineScansTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 20, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void scansAreAppliedEarliestFirstAndInUploadOrderForTheSameTime() {
        OffsetDateTime early = NOW.minusMinutes(30);
        // the same instant in another offset is the same time
        OffsetDateTime sameAsEarly = early.withOffsetSameInstant(ZoneOffset.ofHours(2));
        List<OffsetDateTime> times = List.of(NOW.minusMinutes(10), early, NOW.minusMinutes(20), sameAsEarly);

        assertThat(OfflineScans.order(times)).containsExactly(1, 3, 2, 0);
        assertThat(OfflineScans.order(List.of())).isEmpty();
    }

    @Test
    void aScanAdmitsOnlyWhenItIsStrictlyEarlierThanTheAdmissionRecorded() {
        assertThat(OfflineScans.admits(NOW, null)).isTrue();
        assertThat(OfflineScans.admits(NOW.minusSeconds(1), NOW)).isTrue();
        assertThat(OfflineScans.admits(NOW, NOW))
                .as("a tie keeps the admission recorded")
                .isFalse();
        assertThat(OfflineScans.admits(NOW.plusSeconds(1), NOW)).isFalse();
    }

    @Test
    void aScanTimeIsADateTimeWithOffsetNotLaterThanTheClockSkewAllows() {
        assertThat(OfflineScans.scanTime("2026-05-01T21:42:05+02:00", NOW))
                .contains(OffsetDateTime.of(2026, 5, 1, 19, 42, 5, 0, ZoneOffset.UTC));
        assertThat(OfflineScans.scanTime(NOW.plus(OfflineScans.CLOCK_SKEW).toString(), NOW))
                .isPresent();
        assertThat(OfflineScans.scanTime(
                        NOW.plus(OfflineScans.CLOCK_SKEW).plusSeconds(1).toString(), NOW))
                .isEmpty();
        assertThat(OfflineScans.scanTime("2026-05-01T19:42:05", NOW))
                .as("no offset")
                .isEmpty();
        assertThat(OfflineScans.scanTime("yesterday", NOW)).isEmpty();
        assertThat(OfflineScans.scanTime(" ", NOW)).isEmpty();
        assertThat(OfflineScans.scanTime(null, NOW)).isEmpty();
    }
}
