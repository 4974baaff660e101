package org.boxoffice.analytics.entity;

/**
 * How many buyers come from a city, as their postal address names it.
 *
 * @param city the city as the first buyer of it wrote it; null for {@link Kind#OTHER} and
 *     {@link Kind#UNKNOWN}
 */
public record BuyerCity(Kind kind, String city, long buyers) {

    public enum Kind {
        /** One of the cities most buyers come from. */
        CITY,
        /** The buyers of all the other cities. */
        OTHER,
        /** Buyers who did not agree to the use of their data for statistics, or gave no address. */
        UNKNOWN
    }
}
