package org.boxoffice.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingsTest {

    @Test
    void noReviewsHaveNoAverageAndZeroEverywhere() {
        Ratings ratings = Ratings.of(Map.of());

        assertThat(ratings.count()).isZero();
        assertThat(ratings.average()).isEmpty();
        assertThat(ratings.distribution())
                .containsExactly(
                        Map.entry(1, 0L), Map.entry(2, 0L), Map.entry(3, 0L), Map.entry(4, 0L), Map.entry(5, 0L));
    }

    @Test
    void theAverageIsRoundedHalfUpToOneDecimal() {
        // (5 + 5 + 4) / 3 = 4.666… → 4.7
        assertThat(Ratings.of(Map.of(5, 2L, 4, 1L)).average()).contains(new BigDecimal("4.7"));
        // (9 × 5 + 11 × 4) / 20 = 4.45 exactly → 4.5
        assertThat(Ratings.of(Map.of(5, 9L, 4, 11L)).average()).contains(new BigDecimal("4.5"));
        assertThat(Ratings.of(Map.of(1, 1L)).average()).contains(new BigDecimal("1.0"));
    }

    @Test
    void theDistributionCountsEachRatingInOrder() {
        Ratings ratings = Ratings.of(Map.of(5, 3L, 1, 2L));

        assertThat(ratings.count()).isEqualTo(5);
        assertThat(ratings.distribution().keySet()).containsExactly(1, 2, 3, 4, 5);
        assertThat(ratings.distribution())
                .containsEntry(1, 2L)
                .containsEntry(5, 3L)
                .containsEntry(3, 0L);
    }
}
