package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison.OurRefund;

/**
 * Reads our refunds that went through on the run's day, by id, a page at a time. Its checkpoint is
 * the id of the last refund read.
 */
@Named
@Dependent
public class RefundReader extends AbstractItemReader {

    static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    private long run;
    private long last;
    private Iterator<OurRefund> page = List.<OurRefund>of().iterator();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        run = JobRun.of(job);
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<OurRefund> next = reconciliations.refunds(run, last, PAGE);
            exhausted = next.size() < PAGE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        OurRefund refund = page.next();
        last = refund.id();
        return refund;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
