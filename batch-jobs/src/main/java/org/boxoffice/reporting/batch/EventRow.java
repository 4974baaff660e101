package org.boxoffice.reporting.batch;

import java.time.format.DateTimeFormatter;
import org.boxoffice.catalog.entity.Event;

/** One line of the catalog snapshot. */
public record EventRow(
        long id,
        String title,
        String category,
        String venue,
        String city,
        String startsAt,
        String zone,
        long available) {

    public static final String HEADER = "id,title,category,venue,city,starts_at,zone,available";

    static EventRow of(Event event, long available) {
        return new EventRow(
                event.id(),
                event.title(),
                event.category().slug(),
                event.venue().name(),
                event.venue().city(),
                event.startsAt().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                event.venue().zone().getId(),
                available);
    }

    /** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
    public String toCsv() {
        return String.join(
                ",",
                String.valueOf(id),
                csv(title),
                csv(category),
                csv(venue),
                csv(city),
                startsAt,
                zone,
                String.valueOf(available));
    }

    static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
