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
import org.boxoffice.reconciliation.control.Comparison.OurPayment;

/**
 * Reads our payments begun on the run's day that are paid or still pending, by id, a page at a
 * time. Its checkpoint is the id of the last payment read.
 */
@Named
@Dependent
public class PaymentReader extends AbstractItemReader {

    static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    private long run;
    private long last;
    private Iterator<OurPayment> page = List.<OurPayment>of().iterator();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        run = JobRun.of(job);
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<OurPayment> next = reconciliations.payments(run, last, PAGE);
            exhausted = next.size() < PAGE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        OurPayment payment = page.next();
        last = payment.id();
        return payment;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
