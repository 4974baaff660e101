package org.boxoffice.catalog.boundary;

import org.boxoffice.catalog.entity.Event;

/**
 * An event in a list of search results, with how many tickets it has left: enough to say "sold out"
 * without asking the inventory once per event.
 *
 * @param ticketsLeft general-admission places not taken plus seats still free
 */
public record Listing(Event event, long ticketsLeft) {

    public boolean isSoldOut() {
        return ticketsLeft <= 0;
    }
}
