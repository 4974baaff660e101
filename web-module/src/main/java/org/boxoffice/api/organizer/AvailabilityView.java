package org.boxoffice.api.organizer;

import java.util.List;
import org.boxoffice.api.MoneyView;
import org.boxoffice.catalog.boundary.TicketTypeAvailability;

/**
 * How the ticket types of a published event stand, for its organizers; empty for a draft: seats or
 * places available, held in unpaid bookings, sold, held back, and the revenue of confirmed bookings.
 */
public record AvailabilityView(String eventId, List<TypeView> ticketTypes) {

    public record TypeView(
            String id,
            String name,
            boolean seated,
            long capacity,
            long available,
            long held,
            long sold,
            long withheld,
            MoneyView revenue) {}

    public static AvailabilityView of(long eventId, List<TicketTypeAvailability> types) {
        return new AvailabilityView(
                String.valueOf(eventId),
                types.stream()
                        .map(type -> new TypeView(
                                String.valueOf(type.type().id()),
                                type.type().name(),
                                type.type().isSeated(),
                                type.capacity(),
                                type.available(),
                                type.held(),
                                type.sold(),
                                type.withheld(),
                                MoneyView.of(type.revenue())))
                        .toList());
    }
}
