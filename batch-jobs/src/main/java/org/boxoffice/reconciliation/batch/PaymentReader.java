package org.boxoffice.reconciliation.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison.OurPayment;

/**
 * Reads our payments begun on the run's day that are paid or still pending, by id, a page at a
 * time. Its checkpoint is the id of the last payment read.
 */
@Named
@Dependent
public class PaymentReader extends DayRowReader<OurPayment> {

    @Override
    List<OurPayment> page(Reconciliations reconciliations, long run, long after, int size) {
        return reconciliations.payments(run, after, size);
    }

    @Override
    long id(OurPayment payment) {
        return payment.id();
    }
}
