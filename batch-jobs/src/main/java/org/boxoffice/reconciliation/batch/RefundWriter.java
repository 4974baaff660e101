package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison;
import org.boxoffice.reconciliation.control.Comparison.OurRefund;

/** Compares a part of our refunds of the day with the provider's refunds around it. */
@Named
@Dependent
public class RefundWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    @Override
    public void writeItems(List<Object> items) {
        List<OurRefund> refunds = items.stream().map(OurRefund.class::cast).toList();
        Findings.write(
                reconciliations,
                JobRun.of(job),
                Comparison.ourRefunds(
                        refunds, ProviderRecords.of(job, reconciliations).refunds()));
    }
}
