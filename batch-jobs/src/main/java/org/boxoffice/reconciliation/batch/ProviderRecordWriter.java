package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.reconciliation.boundary.Reconciliations;

/**
 * Compares a part of the provider's records with our payments and refunds of their references
 * (and, for a charge whose id no payment here has, with the payment of our reference it carries):
 * charges and refunds missing here, amounts that differ; settles charges of attempts open or given
 * up here, those whose answer never arrived too.
 */
@Named
@Dependent
public class ProviderRecordWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    @Override
    public void writeItems(List<Object> items) {
        List<ProviderRecord> records =
                items.stream().map(ProviderRecord.class::cast).toList();
        Findings.write(reconciliations, JobRun.of(job), reconciliations.compareProviderRecords(records));
    }
}
