package org.boxoffice.reporting.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;

/** Turns an event into its report row, with the tickets it has left. */
@Named
@Dependent
public class EventRowProcessor implements ItemProcessor {

    @Inject
    Catalog catalog;

    @Override
    public Object processItem(Object item) {
        Event event = (Event) item;
        long available = catalog.availability(event.id()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return EventRow.of(event, available);
    }
}
