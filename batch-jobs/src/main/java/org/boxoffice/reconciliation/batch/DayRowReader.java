package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.boxoffice.reconciliation.boundary.Reconciliations;

/**
 * Reads our rows of the run's day by id, a page at a time. Its checkpoint is the id of the last
 * row read, so that a restart goes on after it.
 *
 * @param <T> the row
 */
public abstract class DayRowReader<T> extends AbstractItemReader {

    static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    private long run;
    private long last;
    private Iterator<T> page = Collections.emptyIterator();
    private boolean exhausted;

    /** At most {@code size} rows of the run {@code run} with an id after {@code after}, by id. */
    abstract List<T> page(Reconciliations reconciliations, long run, long after, int size);

    abstract long id(T row);

    @Override
    public void open(Serializable checkpoint) {
        run = JobRun.of(job);
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<T> next = page(reconciliations, run, last, PAGE);
            exhausted = next.size() < PAGE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        T row = page.next();
        last = id(row);
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
