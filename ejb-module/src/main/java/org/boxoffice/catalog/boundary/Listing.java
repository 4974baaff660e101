package org.boxoffice.catalog.boundary;

import org.boxoffice.catalog.entity.Event;

/**
 * An event in a list of search results, and whether it is sold out now: enough to say "sold out"
 * without asking the inventory once per event.
 *
 * @param soldOut no general-admission place and no seat left, as the inventory says at this moment
 */
public record Listing(Event event, boolean soldOut) {

    public boolean isSoldOut() {
        return soldOut;
    }
}
