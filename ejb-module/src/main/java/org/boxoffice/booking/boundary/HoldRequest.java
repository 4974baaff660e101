package org.boxoffice.booking.boundary;

import java.util.List;

/**
 * What a customer asks to hold: seats picked on the seat map, and quantities of general-admission
 * ticket types, of one event.
 *
 * @param seatIds seats of the event's seat map (each once)
 * @param items quantities of general-admission ticket types
 * @param bestAvailable a number of the best free seats of a seated ticket type, chosen by the
 *     platform; null when the seats are picked
 */
public record HoldRequest(long eventId, List<Long> seatIds, List<Item> items, Item bestAvailable) {

    public record Item(long ticketTypeId, int quantity) {}

    public HoldRequest {
        seatIds = seatIds == null ? List.of() : List.copyOf(seatIds);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public HoldRequest(long eventId, List<Long> seatIds, List<Item> items) {
        this(eventId, seatIds, items, null);
    }

    /** A stable text of the request, for recognising a retry of it under the same key. */
    String fingerprint() {
        return "event=" + eventId + ";seats=" + seatIds.stream().sorted().toList() + ";items="
                + items.stream()
                        .sorted(java.util.Comparator.comparingLong(Item::ticketTypeId))
                        .map(item -> item.ticketTypeId() + "x" + item.quantity())
                        .toList()
                + (bestAvailable == null
                        ? ""
                        : ";best=" + bestAvailable.ticketTypeId() + "x" + bestAvailable.quantity());
    }
}
