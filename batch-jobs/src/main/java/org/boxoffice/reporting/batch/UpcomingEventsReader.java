package org.boxoffice.reporting.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventSearch;
import org.boxoffice.catalog.entity.Event;

/**
 * Reads the published upcoming events a page at a time. Its checkpoint is the number of events
 * read, so that a restarted job continues where it stopped.
 */
@Named
@Dependent
public class UpcomingEventsReader extends AbstractItemReader {

    static final int PAGE_SIZE = 100;

    @Inject
    Catalog catalog;

    private int read;
    private int nextPage;
    private Iterator<Event> current = List.<Event>of().iterator();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        read = checkpoint == null ? 0 : (Integer) checkpoint;
        nextPage = read / PAGE_SIZE + 1;
        current = fetch().stream().skip(read % PAGE_SIZE).iterator();
    }

    @Override
    public Object readItem() {
        if (!current.hasNext() && !exhausted) {
            current = fetch().iterator();
        }
        if (!current.hasNext()) {
            return null;
        }
        read++;
        return current.next();
    }

    private List<Event> fetch() {
        List<Event> page =
                catalog.search(EventSearch.upcoming(), nextPage++, PAGE_SIZE).items();
        exhausted = page.size() < PAGE_SIZE;
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }
}
