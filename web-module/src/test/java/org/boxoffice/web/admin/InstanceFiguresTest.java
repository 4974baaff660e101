package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceFiguresTest {

    private static InstanceFigures figures(long ok, long refused, long failed, long timed, long nanos) {
        return new InstanceFigures(1.0, 2.0, 0.0, new long[] {ok, 0, refused, failed}, timed, nanos);
    }

    @Test
    void theErrorRatesAreSharesOfTheResponsesBetweenTwoReadings() {
        InstanceFigures before = figures(100, 10, 1, 0, 0);
        InstanceFigures after = figures(160, 25, 6, 0, 0);

        assertThat(after.serverErrorsSince(before)).isEqualTo(6.25);
        assertThat(after.clientErrorsSince(before)).isEqualTo(18.75);
    }

    @Test
    void withoutResponsesInBetweenThereIsNoRateRatherThanZero() {
        InstanceFigures same = figures(100, 10, 1, 4, 4_000_000);

        assertThat(same.serverErrorsSince(same)).isNull();
        assertThat(same.clientErrorsSince(same)).isNull();
        assertThat(same.meanMillisSince(same)).isNull();
    }

    @Test
    void theMeanResponseTimeIsOfTheRequestsBetweenTwoReadings() {
        InstanceFigures before = figures(0, 0, 0, 10, 50_000_000);
        InstanceFigures after = figures(0, 0, 0, 14, 90_000_000);

        assertThat(after.meanMillisSince(before)).isEqualTo(10.0);
    }
}
