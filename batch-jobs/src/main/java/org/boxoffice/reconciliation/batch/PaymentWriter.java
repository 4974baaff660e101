package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison.OurPayment;

/**
 * Compares a part of our payments of the day with the provider's charges around it: paid payments
 * the provider has no charge for; attempts pending for long that it did not charge, given up.
 */
@Named
@Dependent
public class PaymentWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    @Override
    public void writeItems(List<Object> items) {
        long run = JobRun.of(job);
        List<OurPayment> payments = items.stream().map(OurPayment.class::cast).toList();
        Findings.write(
                reconciliations,
                run,
                reconciliations.compareOurPayments(
                        run, payments, ProviderRecords.of(job, reconciliations).charges()));
    }
}
