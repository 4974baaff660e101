package org.boxoffice.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void zonesAreWrittenAsBothDatabasesReadThemEastPositive() {
        assertThat(Figures.zoneSql(ZoneId.of("Europe/Berlin"))).isEqualTo("'Europe/Berlin'");
        assertThat(Figures.zoneSql(ZoneId.of("America/Port-au-Prince"))).isEqualTo("'America/Port-au-Prince'");
        assertThat(Figures.zoneSql(ZoneOffset.UTC)).isEqualTo("'UTC'");
        assertThat(Figures.zoneSql(ZoneId.of("UTC"))).isEqualTo("'UTC'");
        assertThat(Figures.zoneSql(ZoneOffset.ofHours(2))).isEqualTo("'Etc/GMT-2'");
        assertThat(Figures.zoneSql(ZoneId.of("UTC-05:00"))).isEqualTo("'Etc/GMT+5'");
        assertThat(Figures.zoneSql(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("interval '05:30' hour to minute");
        assertThat(Figures.zoneSql(ZoneOffset.ofHoursMinutes(-9, -30))).isEqualTo("interval '-09:30' hour to minute");
    }
}
