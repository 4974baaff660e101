package org.boxoffice.api.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.review.boundary.Reviews;

/**
 * An event's rating figures and a page of its reviews. The figures count shown reviews only:
 * {@code average} is the mean rating rounded half up to one decimal (a JSON number such as 4.5;
 * left out while there are no reviews), {@code distribution} how many gave each rating, keys "1" to
 * "5". The page is paged as every list ({@code page}, {@code size}, {@code total}).
 */
public record EventReviewsView(
        String eventId,
        long count,
        BigDecimal average,
        Map<String, Long> distribution,
        List<ReviewView> items,
        int page,
        int size,
        long total,
        boolean totalExact) {

    public static EventReviewsView of(long eventId, Reviews.Listing listing) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        listing.ratings().distribution().forEach((rating, n) -> distribution.put(String.valueOf(rating), n));
        return new EventReviewsView(
                String.valueOf(eventId),
                listing.ratings().count(),
                listing.ratings().average().orElse(null),
                distribution,
                listing.reviews().items().stream().map(ReviewView::of).toList(),
                listing.reviews().page(),
                listing.reviews().size(),
                listing.reviews().total(),
                listing.reviews().totalExact());
    }
}
