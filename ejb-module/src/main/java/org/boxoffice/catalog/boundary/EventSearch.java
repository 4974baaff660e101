package org.boxoffice.catalog.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * What a customer looks for. Every field is optional; without dates only events that have not
 * ended yet are found.
 *
 * @param text words of the title, description, origin or destination, each found by its
 *     beginning ("jazz" finds "Jazzfest"); an event must have all of them
 * @param city the venue's city, case-insensitive
 * @param venue the venue's id
 * @param category a category slug such as {@code concerts}
 * @param from events starting at or after
 * @param to events starting before
 * @param minPrice events with a ticket type at this price or more
 * @param maxPrice events with a ticket type at this price or less
 * @param availableOnly only events with at least one free seat or general-admission place
 */
public record EventSearch(
        String text,
        String city,
        Long venue,
        String category,
        OffsetDateTime from,
        OffsetDateTime to,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        boolean availableOnly,
        Sort sort) {

    /** The longest search text that pages and API take. */
    public static final int TEXT_MAX = 200;

    public enum Sort {
        DATE,
        DATE_DESC,
        TITLE,
        /** Cheapest ticket type first. */
        PRICE,
        /** Highest "price from" first. */
        PRICE_DESC,
        /** Most tickets taken (sold and held) first. */
        POPULARITY;

        /** The sort as URLs and the API name it: {@code price-desc}. */
        public String urlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The sort of a URL or API name, {@code price-desc} or {@code PRICE_DESC}; empty for anything else. */
        public static Optional<Sort> named(String name) {
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Sort sort : values()) {
                if (sort.name().equals(constant)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    /** The search of the first release, before venue and availability filters, kept for its callers. */
    public EventSearch(
            String text,
            String city,
            String category,
            OffsetDateTime from,
            OffsetDateTime to,
            BigDecimal minPrice,
            BigDecimal maxPrice,
            Sort sort) {
        this(text, city, null, category, from, to, minPrice, maxPrice, false, sort);
    }

    public static EventSearch upcoming() {
        return new EventSearch(null, null, null, null, null, null, null, null, false, Sort.DATE);
    }

    public Sort sort() {
        return sort == null ? Sort.DATE : sort;
    }
}
