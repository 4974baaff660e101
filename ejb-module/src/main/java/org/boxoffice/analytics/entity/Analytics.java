package org.boxoffice.analytics.entity;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The analytics of an organisation, or of one of its events ({@code eventId} null for all): the
 * period and the one before it in the organisation's zone, with a day's sales and a day's revenue
 * per currency for every day of the period, and the sell-through, attendance and buyers' cities.
 */
public record Analytics(
        long organisationId,
        String organisation,
        ZoneId zone,
        Long eventId,
        Period period,
        Period previous,
        List<DaySales> sales,
        List<DayRevenue> revenue,
        List<SellThrough> sellThrough,
        List<Attendance> attendance,
        List<BuyerCity> cities) {

    /** The currencies of the revenue, in the order of their codes. */
    public List<Currency> currencies() {
        return revenue.stream()
                .map(DayRevenue::currency)
                .distinct()
                .sorted(java.util.Comparator.comparing(Currency::getCurrencyCode))
                .toList();
    }

    /** The revenue of one currency, day by day. */
    public List<DayRevenue> revenue(Currency currency) {
        return revenue.stream().filter(day -> day.currency().equals(currency)).toList();
    }
}
