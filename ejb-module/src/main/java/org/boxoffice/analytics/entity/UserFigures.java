package org.boxoffice.analytics.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the user analytics show for a period, counted over the accounts whose current analytics
 * choice is "allowed" only.
 *
 * @param from the first day of the period, in {@code zone}
 * @param to the last day of the period (included), in {@code zone}
 * @param zone the zone the days are counted in
 * @param consenting how many accounts allow analytics now: every other figure counts only these
 * @param newAccounts the accounts created on each day of the period, every day (zero included)
 * @param activeBuyers the accounts with at least one booking confirmed in the period
 * @param repeatBuyers the active buyers with another confirmed booking: a second one in the
 *     period, or one confirmed before it
 * @param categories tickets sold in the period per event category, the most first (at most {@link #TOP})
 * @param cities tickets sold in the period per city of the event's venue, the most first (at most {@link #TOP})
 */
public record UserFigures(
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        long consenting,
        List<Day> newAccounts,
        long activeBuyers,
        long repeatBuyers,
        List<Share> categories,
        List<Share> cities) {

    /** How many categories and cities the figures name. */
    public static final int TOP = 10;

    public UserFigures {
        newAccounts = List.copyOf(newAccounts);
        categories = List.copyOf(categories);
        cities = List.copyOf(cities);
    }

    /** A day and the accounts created on it. */
    public record Day(LocalDate day, long accounts) {}

    /** A category's or city's name and the tickets sold for its events. */
    public record Share(String name, long tickets) {}

    /** All accounts created in the period. */
    public long newAccountsInAll() {
        return newAccounts.stream().mapToLong(Day::accounts).sum();
    }
}
