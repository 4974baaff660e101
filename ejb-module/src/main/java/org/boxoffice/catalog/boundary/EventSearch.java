package org.boxoffice.catalog.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What a customer looks for. Every field is optional; without dates only events that have not
 * ended yet are found.
 *
 * @param text words in the title or description
 * @param city the venue's city, case-insensitive
 * @param category a category slug such as {@code concerts}
 * @param from events starting at or after
 * @param to events starting before
 * @param minPrice events with a ticket type at this price or more
 * @param maxPrice events with a ticket type at this price or less
 */
public record EventSearch(
        String text,
        String city,
        String category,
        OffsetDateTime from,
        OffsetDateTime to,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Sort sort) {

    public enum Sort {
        DATE,
        DATE_DESC,
        TITLE
    }

    public static EventSearch upcoming() {
        return new EventSearch(null, null, null, null, null, null, null, Sort.DATE);
    }

    public Sort sort() {
        return sort == null ? Sort.DATE : sort;
    }
}
