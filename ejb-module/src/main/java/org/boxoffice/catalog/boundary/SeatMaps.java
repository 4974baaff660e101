package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.venue.control.SeatMapReader;
import org.boxoffice.venue.entity.SeatMap;

/** Seat maps of published events, with each seat's state for the event. */
@Stateless
public class SeatMaps {

    @Inject
    Catalog catalog;

    @Inject
    SeatMapReader reader;

    /**
     * @throws UnknownEventException for an unknown id
     * @throws EventNotOnSaleException for an event that is not published
     */
    public SeatMap ofPublishedEvent(long eventId) {
        Event event = catalog.getPublishedEvent(eventId);
        return reader.ofEvent(event.venue(), event.id());
    }
}
