package org.boxoffice.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OnSaleTest {

    private static OnSale.Standing standing(long capacity, long sold) {
        return new OnSale.Standing(
                1, "Jazz", OffsetDateTime.now(ZoneOffset.UTC), ZoneId.of("Europe/Berlin"), capacity, sold, 0, 0);
    }

    @Test
    void sellThroughIsTheShareSoldInPercentWithOneDecimal() {
        assertThat(standing(10, 3).sellThrough()).hasToString("30.0");
        assertThat(standing(3, 1).sellThrough()).hasToString("33.3");
        assertThat(standing(3, 2).sellThrough()).hasToString("66.7");
        assertThat(standing(7, 7).sellThrough()).hasToString("100.0");
    }

    @Test
    void anEventWithoutCapacityHasSoldNothingOfIt() {
        assertThat(standing(0, 0).sellThrough()).hasToString("0.0");
    }

    @Test
    void theTitleFilterFindsTheTextAnywhereWithItsWildcardsTakenLiterally() {
        assertThat(OnSale.pattern(null)).isNull();
        assertThat(OnSale.pattern("   ")).isNull();
        assertThat(OnSale.pattern(" Jazz ")).isEqualTo("%jazz%");
        assertThat(OnSale.pattern("100% fun_time!")).isEqualTo("%100!% fun!_time!!%");
        assertThat(OnSale.pattern("x".repeat(500))).hasSize(OnSale.MAX_FILTER + 2);
        assertThat(OnSale.pattern("Ja\u0000zz\u0007")).isEqualTo("%jazz%");
        assertThat(OnSale.pattern("\u0000\n")).isNull();
    }
}
