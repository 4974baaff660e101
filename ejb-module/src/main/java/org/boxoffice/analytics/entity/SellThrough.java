package org.boxoffice.analytics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How much of a ticket type is sold: its valid tickets (refunded ones not counted) of its capacity
 * (a general-admission type's places, a seated type's seats; none for a draft, whose inventory is
 * made when it is published).
 */
public record SellThrough(long eventId, String event, long ticketTypeId, String ticketType, long sold, long capacity) {

    /** sold ÷ capacity in percent, one decimal; empty without capacity. */
    public Optional<BigDecimal> percent() {
        return Percent.of(sold, capacity);
    }

    static final class Percent {
        private Percent() {}

        static Optional<BigDecimal> of(long part, long whole) {
            if (whole <= 0) {
                return Optional.empty();
            }
            return Optional.of(
                    BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
        }
    }
}
