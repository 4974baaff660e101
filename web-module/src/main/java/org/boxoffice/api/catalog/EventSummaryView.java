package org.boxoffice.api.catalog;

import java.util.Comparator;
import org.boxoffice.api.MoneyView;
import org.boxoffice.catalog.boundary.Listing;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;

/**
 * An event in a list: enough to choose, with the lowest price. Times carry the venue's offset.
 * {@code soldOut} is true when no seat or place is left; a journey has its route.
 */
public record EventSummaryView(
        String id,
        String title,
        String category,
        String venue,
        String city,
        String startsAt,
        String zoneId,
        MoneyView priceFrom,
        boolean soldOut,
        JourneyView journey,
        String imageUrl) {

    static EventSummaryView of(Listing listing) {
        Event event = listing.event();
        return new EventSummaryView(
                String.valueOf(event.id()),
                event.title(),
                event.category().slug(),
                event.venue().name(),
                event.venue().city(),
                EventView.iso(event.startsAt()),
                event.venue().zone().getId(),
                event.ticketTypes().stream()
                        .map(TicketType::price)
                        .min(Comparator.comparing(price -> price.amount()))
                        .map(MoneyView::of)
                        .orElse(null),
                listing.isSoldOut(),
                JourneyView.of(event),
                EventView.imageUrl(event));
    }
}
