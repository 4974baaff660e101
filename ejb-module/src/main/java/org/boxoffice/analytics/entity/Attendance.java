package org.boxoffice.analytics.entity;

import java.math.BigDecimal;
import java.util.Optional;

/** How many of an event's valid tickets were admitted at the door. */
public record Attendance(long eventId, String event, long sold, long checkedIn) {

    /** checked in ÷ sold in percent, one decimal; empty while nothing is sold. */
    public Optional<BigDecimal> percent() {
        return SellThrough.Percent.of(checkedIn, sold);
    }
}
