package org.boxoffice.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void thePreviousPeriodHasAsManyDaysAndEndsTheDayBefore() {
        Period period = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-30"));
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.previous())
                .isEqualTo(new Period(LocalDate.parse("2026-01-30"), LocalDate.parse("2026-02-28")));
        assertThat(period.previous().day(29)).isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void itBeginsAndEndsAtMidnightsOfTheZoneOverAChangeOfSummerTime() {
        Period period = new Period(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(period.start(berlin)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(period.end(berlin)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void percentagesHaveOneDecimalAndNoneWithoutAWhole() {
        assertThat(new SellThrough(1, "e", 2, "t", 1, 3).percent()).contains(new BigDecimal("33.3"));
        assertThat(new SellThrough(1, "e", 2, "t", 2, 3).percent()).contains(new BigDecimal("66.7"));
        assertThat(new SellThrough(1, "e", 2, "t", 0, 0).percent()).isEmpty();
        assertThat(new Attendance(1, "e", 8, 2).percent()).contains(new BigDecimal("25.0"));
        assertThat(new Attendance(1, "e", 0, 0).percent()).isEmpty();
    }
}
