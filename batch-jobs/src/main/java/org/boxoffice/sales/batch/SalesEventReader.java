package org.boxoffice.sales.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.boxoffice.sales.boundary.SalesReports;

/**
 * Reads the ids of the report's organisation's events, by id, a page at a time. Its checkpoint is
 * the id of the last event read, so that a restart goes on after the last chunk written.
 */
@Named
@Dependent
public class SalesEventReader extends AbstractItemReader {

    static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    SalesReports reports;

    private long report;
    private long last;
    private Iterator<Long> page = Collections.emptyIterator();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        report = ReportId.of(job);
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<Long> next = reports.events(report, last, PAGE);
            exhausted = next.size() < PAGE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        last = page.next();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
