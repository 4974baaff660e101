package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.reconciliation.boundary.Reconciliations;

/** Marks the run FAILED with the error of a step that failed (the provider did not answer, say). */
@Named
@Dependent
public class ReconciliationStepListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Reconciliations reconciliations;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            reconciliations.fail(
                    JobRun.of(job),
                    "step " + step.getStepName() + ": "
                            + (failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage()));
        }
    }
}
