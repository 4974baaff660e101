package org.boxoffice.api.catalog;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.boxoffice.api.MoneyView;
import org.boxoffice.api.Versioned;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.venue.entity.Venue;

/**
 * An event with its venue and ticket types, and how many tickets of each are left. A journey has its
 * route in {@code journey}; its {@code endsAt} is the arrival, with the offset of the arrival zone.
 *
 * @param maxPerCustomer the most tickets one customer may have of the event; absent for no limit
 * @param cancellationHours customers may cancel a confirmed booking, refunded, until this many hours
 *     before the start; absent when they cannot cancel
 * @param vatRate the VAT included in the ticket prices, in percent ("19.00"; "0.00" for none)
 * @param paymentMethods the payment methods the event accepts (CARD, PAYPAL, WALLET)
 * @param version the event's version, also the answer's {@code ETag}
 */
public record EventView(
        String id,
        String title,
        String description,
        CategoryView category,
        EventVenueView venue,
        String startsAt,
        String endsAt,
        String zoneId,
        String status,
        Integer maxPerCustomer,
        Integer cancellationHours,
        String vatRate,
        List<String> paymentMethods,
        JourneyView journey,
        String imageUrl,
        List<TicketTypeView> ticketTypes,
        long version)
        implements Versioned {

    public record EventVenueView(String id, String name, String address, String city, String zoneId) {
        static EventVenueView of(Venue venue) {
            return new EventVenueView(
                    String.valueOf(venue.id()),
                    venue.name(),
                    venue.address(),
                    venue.city(),
                    venue.zone().getId());
        }
    }

    /**
     * @param seated whether the type sells reserved seats or general admission
     * @param sectionId the section whose seats a seated type sells; absent for every section
     * @param seatCategory the seat category whose seats a seated type sells; absent for every one
     * @param available tickets left to sell
     */
    public record TicketTypeView(
            String id,
            String name,
            MoneyView price,
            boolean seated,
            String sectionId,
            String seatCategory,
            long available) {}

    static EventView of(Event event, Map<Long, Long> available) {
        return new EventView(
                String.valueOf(event.id()),
                event.title(),
                event.description(),
                CategoryView.of(event.category()),
                EventVenueView.of(event.venue()),
                iso(event.startsAt()),
                iso(event.endsAt()),
                event.venue().zone().getId(),
                event.status().name(),
                event.maxPerCustomer(),
                event.cancellationHours(),
                event.paymentTerms().vatRate().toPlainString(),
                event.paymentTerms().methods().stream().map(Enum::name).toList(),
                JourneyView.of(event),
                EventView.imageUrl(event),
                event.ticketTypes().stream()
                        .map(type -> ticketType(type, available.getOrDefault(type.id(), 0L)))
                        .toList(),
                event.version());
    }

    private static TicketTypeView ticketType(TicketType type, long available) {
        return new TicketTypeView(
                String.valueOf(type.id()),
                type.name(),
                MoneyView.of(type.price()),
                type.isSeated(),
                type.section() == null ? null : String.valueOf(type.section().id()),
                type.seatCategory(),
                available);
    }

    /**
     * The address of the event's image, changing with each new image so that it can be cached for
     * long; null without an image.
     */
    public static String imageUrl(Event event) {
        return event.imageUpdatedAt()
                .map(at -> "/api/v1/events/" + event.id() + "/image?v="
                        + at.toInstant().toEpochMilli())
                .orElse(null);
    }

    /** ISO-8601 with the offset of the venue's zone at that time: {@code 2026-12-24T20:00:00+01:00}. */
    static String iso(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
