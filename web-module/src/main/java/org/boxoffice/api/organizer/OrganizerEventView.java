package org.boxoffice.api.organizer;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.boxoffice.api.MoneyView;
import org.boxoffice.api.Versioned;
import org.boxoffice.api.catalog.CategoryView;
import org.boxoffice.api.catalog.EventView.EventVenueView;
import org.boxoffice.api.catalog.JourneyView;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;

/**
 * An event of the organizer's organisation, as {@code EventView} shows it to customers, and what
 * only its organizers need: the sales window (absent: from publication, until the start), the
 * order limit and the capacity of each general-admission type. The booking rules {@code
 * maxPerCustomer} and {@code cancellationHours} are absent when not set; {@code vatRate} (percent,
 * "19.00") and {@code paymentMethods} are the event's payment terms. {@code version} is the event's
 * version, also the answer's {@code ETag}: a change sends it back as {@code If-Match}.
 */
public record OrganizerEventView(
        String id,
        String title,
        String description,
        CategoryView category,
        EventVenueView venue,
        String startsAt,
        String endsAt,
        String zoneId,
        String status,
        String salesStart,
        String salesEnd,
        int maxPerOrder,
        Integer maxPerCustomer,
        Integer cancellationHours,
        String vatRate,
        List<String> paymentMethods,
        JourneyView journey,
        String imageUrl,
        List<OrganizerTicketTypeView> ticketTypes,
        long version)
        implements Versioned {

    /**
     * @param seated whether the type sells reserved seats (of {@code sectionId} and/or {@code
     *     seatCategory}; absent for every one) or general admission
     * @param capacity the general-admission capacity; absent for a seated type
     * @param available tickets left to sell; absent for a draft, whose inventory does not exist yet
     */
    public record OrganizerTicketTypeView(
            String id,
            String name,
            MoneyView price,
            boolean seated,
            String sectionId,
            String seatCategory,
            Integer capacity,
            Long available) {}

    public static OrganizerEventView of(Event event, Map<Long, Long> available) {
        return new OrganizerEventView(
                String.valueOf(event.id()),
                event.title(),
                event.description(),
                new CategoryView(
                        String.valueOf(event.category().id()),
                        event.category().slug(),
                        event.category().name()),
                new EventVenueView(
                        String.valueOf(event.venue().id()),
                        event.venue().name(),
                        event.venue().address(),
                        event.venue().city(),
                        event.venue().zone().getId()),
                iso(event.startsAt()),
                iso(event.endsAt()),
                event.venue().zone().getId(),
                event.status().name(),
                event.salesStart().map(OrganizerEventView::iso).orElse(null),
                event.salesEnd().map(OrganizerEventView::iso).orElse(null),
                event.maxPerOrder(),
                event.maxPerCustomer(),
                event.cancellationHours(),
                event.paymentTerms().vatRate().toPlainString(),
                event.paymentTerms().methods().stream().map(Enum::name).toList(),
                JourneyView.of(event),
                event.imageUpdatedAt().isPresent() ? "/api/v1/organizer/events/" + event.id() + "/image" : null,
                event.ticketTypes().stream()
                        .map(type ->
                                ticketType(type, event.isPublished() ? available.getOrDefault(type.id(), 0L) : null))
                        .toList(),
                event.version());
    }

    private static OrganizerTicketTypeView ticketType(TicketType type, Long available) {
        return new OrganizerTicketTypeView(
                String.valueOf(type.id()),
                type.name(),
                MoneyView.of(type.price()),
                type.isSeated(),
                type.section() == null ? null : String.valueOf(type.section().id()),
                type.seatCategory(),
                type.capacity(),
                available);
    }

    private static String iso(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
