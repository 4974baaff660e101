package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.reconciliation.boundary.Reconciliations;

/** The last step: the run is complete, its counts those of its differences. */
@Named
@Dependent
public class ReconciliationEnd extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    @Override
    public String process() {
        reconciliations.complete(JobRun.of(job));
        return BatchStatus.COMPLETED.name();
    }
}
