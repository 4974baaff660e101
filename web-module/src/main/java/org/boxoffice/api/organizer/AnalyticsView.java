package org.boxoffice.api.organizer;

import java.math.BigDecimal;
import java.util.List;
import org.boxoffice.analytics.entity.Analytics;

/**
 * An organisation's analytics (or one event's, {@code eventId}): the days {@code from} to {@code
 * to} in the organisation's {@code zone} beside the period of as many days before them ({@code
 * previousFrom} to {@code previousTo}), the tickets sold per day and the gross revenue per day and
 * currency (never added across currencies), the sell-through of each ticket type, the attendance
 * of each event that sold tickets, and the cities its buyers come from (top 10, then OTHER, then
 * UNKNOWN). Percentages have one decimal; null where there is nothing to divide by.
 */
public record AnalyticsView(
        String organisationId,
        String organisation,
        String zone,
        String eventId,
        String from,
        String to,
        String previousFrom,
        String previousTo,
        List<SalesDayView> sales,
        List<RevenueDayView> revenue,
        List<SellThroughView> sellThrough,
        List<AttendanceView> attendance,
        List<CityView> cities) {

    public record SalesDayView(String day, String previousDay, long tickets, long previousTickets) {}

    public record RevenueDayView(String day, String previousDay, String currency, String gross, String previousGross) {}

    public record SellThroughView(
            String eventId,
            String event,
            String ticketTypeId,
            String ticketType,
            long sold,
            long capacity,
            String percent) {}

    public record AttendanceView(String eventId, String event, long sold, long checkedIn, String percent) {}

    public record CityView(String kind, String city, long buyers) {}

    static AnalyticsView of(Analytics analytics) {
        return new AnalyticsView(
                String.valueOf(analytics.organisationId()),
                analytics.organisation(),
                analytics.zone().getId(),
                analytics.eventId() == null ? null : String.valueOf(analytics.eventId()),
                analytics.period().from().toString(),
                analytics.period().to().toString(),
                analytics.previous().from().toString(),
                analytics.previous().to().toString(),
                analytics.sales().stream()
                        .map(day -> new SalesDayView(
                                day.day().toString(),
                                day.previousDay().toString(),
                                day.tickets(),
                                day.previousTickets()))
                        .toList(),
                analytics.revenue().stream()
                        .map(day -> new RevenueDayView(
                                day.day().toString(),
                                day.previousDay().toString(),
                                day.currency().getCurrencyCode(),
                                day.gross().toPlainString(),
                                day.previousGross().toPlainString()))
                        .toList(),
                analytics.sellThrough().stream()
                        .map(type -> new SellThroughView(
                                String.valueOf(type.eventId()),
                                type.event(),
                                String.valueOf(type.ticketTypeId()),
                                type.ticketType(),
                                type.sold(),
                                type.capacity(),
                                type.percent().map(BigDecimal::toPlainString).orElse(null)))
                        .toList(),
                analytics.attendance().stream()
                        .map(event -> new AttendanceView(
                                String.valueOf(event.eventId()),
                                event.event(),
                                event.sold(),
                                event.checkedIn(),
                                event.percent().map(BigDecimal::toPlainString).orElse(null)))
                        .toList(),
                analytics.cities().stream()
                        .map(city -> new CityView(city.kind().name(), city.city(), city.buyers()))
                        .toList());
    }
}
