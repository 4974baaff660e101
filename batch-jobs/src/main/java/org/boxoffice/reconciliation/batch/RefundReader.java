package org.boxoffice.reconciliation.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison.OurRefund;

/**
 * Reads our refunds that went through on the run's day, by id, a page at a time. Its checkpoint is
 * the id of the last refund read.
 */
@Named
@Dependent
public class RefundReader extends DayRowReader<OurRefund> {

    @Override
    List<OurRefund> page(Reconciliations reconciliations, long run, long after, int size) {
        return reconciliations.refunds(run, after, size);
    }

    @Override
    long id(OurRefund refund) {
        return refund.id();
    }
}
