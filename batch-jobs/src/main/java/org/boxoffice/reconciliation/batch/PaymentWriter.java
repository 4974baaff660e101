package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison.OurPayment;

/**
 * Compares a part of our payments of the day with the provider's charges around it (by the
 * provider's id of the charge, or by our reference for a payment that never learnt that id): paid
 * payments the provider has no charge for; attempts pending for long that it did not charge, given
 * up. The provider's charges that no payment here names are fixed once the provider's records were
 * compared, so the step reads them once.
 */
@Named
@Dependent
public class PaymentWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    private Set<Money> unclaimedCharges;

    @Override
    public void open(Serializable checkpoint) {
        unclaimedCharges = reconciliations.unclaimedCharges(JobRun.of(job));
    }

    @Override
    public void writeItems(List<Object> items) {
        List<OurPayment> payments = items.stream().map(OurPayment.class::cast).toList();
        ProviderRecords records = ProviderRecords.of(job, reconciliations);
        Findings.write(
                reconciliations,
                JobRun.of(job),
                reconciliations.compareOurPayments(
                        payments, records.charges(), records.chargedReferences(), unclaimedCharges));
    }
}
