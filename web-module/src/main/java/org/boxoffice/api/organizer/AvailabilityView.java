package org.boxoffice.api.organizer;

import java.util.List;
import org.boxoffice.catalog.boundary.TicketTypeAvailability;

/**
 * How the ticket types of a published event stand, for its organizers; empty for a draft. For a
 * general-admission type, {@code sold} counts every place taken (held or paid).
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
            long withheld) {}

    static AvailabilityView of(long eventId, List<TicketTypeAvailability> types) {
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
                                type.withheld()))
                        .toList());
    }
}
