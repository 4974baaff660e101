package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.entity.RunStatus;

/**
 * Marks the run FAILED when its job ends without completing it (a step failed, the job was
 * stopped), unless a {@link ReconciliationStepListener} did already with the step's error. The
 * differences found so far stay, and a restart goes on from the last checkpoint.
 */
@Named
@Dependent
public class ReconciliationJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    @Override
    public void afterJob() {
        long run = JobRun.of(job);
        if (reconciliations.get(run).status() == RunStatus.RUNNING) {
            reconciliations.fail(run, "the job ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        }
    }
}
