package org.boxoffice.review.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.review.entity.Review;

/**
 * An event's ratings in figures: how many, their average, and how many of each rating.
 *
 * @param count the shown reviews
 * @param average the mean rating rounded half up to one decimal (4.45 is 4.5); empty without reviews
 * @param distribution how many reviews gave each rating, 1 to 5 in that order, 0 where none did
 */
public record Ratings(long count, Optional<BigDecimal> average, Map<Integer, Long> distribution) {

    public Ratings {
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }

    /** The figures of these counts per rating; ratings outside 1 to 5 cannot be stored, and are not counted. */
    public static Ratings of(Map<Integer, Long> perRating) {
        Map<Integer, Long> distribution = new LinkedHashMap<>();
        long count = 0;
        long sum = 0;
        for (int rating = Review.MIN_RATING; rating <= Review.MAX_RATING; rating++) {
            long n = perRating.getOrDefault(rating, 0L);
            distribution.put(rating, n);
            count += n;
            sum += n * rating;
        }
        Optional<BigDecimal> average = count == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
        return new Ratings(count, average, distribution);
    }
}
