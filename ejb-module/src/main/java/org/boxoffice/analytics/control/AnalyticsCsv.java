package org.boxoffice.analytics.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boxoffice.analytics.entity.Analytics;
import org.boxoffice.analytics.entity.Attendance;
import org.boxoffice.analytics.entity.BuyerCity;
import org.boxoffice.analytics.entity.DayRevenue;
import org.boxoffice.analytics.entity.DaySales;
import org.boxoffice.analytics.entity.SellThrough;
import org.boxoffice.sales.control.ReportFiles;

/**
 * A part of the analytics as CSV (RFC 4180, UTF-8, a header line): the figures the page's chart
 * and table show. Texts that people typed (events' titles, ticket types' names, cities) go through
 * the sales report's guard against CSV formula injection; numbers, days, zones and codes are the
 * platform's own.
 */
public final class AnalyticsCsv {

    /** The parts of the page, each a file of its own. */
    public enum Section {
        SALES,
        REVENUE,
        SELL_THROUGH,
        ATTENDANCE,
        CITIES;

        /** The section as a file name says it: {@code sell-through}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private AnalyticsCsv() {}

    public static byte[] write(Analytics analytics, Section section) {
        List<String> lines = new ArrayList<>();
        String zone = analytics.zone().getId();
        switch (section) {
            case SALES -> {
                lines.add("day,previous_day,zone,tickets,previous_tickets");
                for (DaySales day : analytics.sales()) {
                    lines.add(String.join(
                            ",",
                            day.day().toString(),
                            day.previousDay().toString(),
                            zone,
                            String.valueOf(day.tickets()),
                            String.valueOf(day.previousTickets())));
                }
            }
            case REVENUE -> {
                lines.add("day,previous_day,zone,currency,gross,previous_gross");
                for (DayRevenue day : analytics.revenue()) {
                    lines.add(String.join(
                            ",",
                            day.day().toString(),
                            day.previousDay().toString(),
                            zone,
                            day.currency().getCurrencyCode(),
                            day.gross().toPlainString(),
                            day.previousGross().toPlainString()));
                }
            }
            case SELL_THROUGH -> {
                lines.add("event_id,event,ticket_type_id,ticket_type,sold,capacity,percent");
                for (SellThrough type : analytics.sellThrough()) {
                    lines.add(String.join(
                            ",",
                            String.valueOf(type.eventId()),
                            text(type.event()),
                            String.valueOf(type.ticketTypeId()),
                            text(type.ticketType()),
                            String.valueOf(type.sold()),
                            String.valueOf(type.capacity()),
                            percent(type.percent())));
                }
            }
            case ATTENDANCE -> {
                lines.add("event_id,event,sold,checked_in,percent");
                for (Attendance event : analytics.attendance()) {
                    lines.add(String.join(
                            ",",
                            String.valueOf(event.eventId()),
                            text(event.event()),
                            String.valueOf(event.sold()),
                            String.valueOf(event.checkedIn()),
                            percent(event.percent())));
                }
            }
            case CITIES -> {
                lines.add("kind,city,buyers");
                for (BuyerCity city : analytics.cities()) {
                    lines.add(String.join(",", city.kind().name(), text(city.city()), String.valueOf(city.buyers())));
                }
            }
        }
        StringBuilder csv = new StringBuilder();
        for (String line : lines) {
            csv.append(line).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return ReportFiles.csv(ReportFiles.text(value));
    }

    private static String percent(Optional<BigDecimal> percent) {
        return percent.map(BigDecimal::toPlainString).orElse("");
    }
}
