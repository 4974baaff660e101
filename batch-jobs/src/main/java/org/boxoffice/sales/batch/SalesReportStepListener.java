package org.boxoffice.sales.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.sales.boundary.SalesReports;

/** Marks the report FAILED with the error of a step that failed. */
@Named
@Dependent
public class SalesReportStepListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    SalesReports reports;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            reports.fail(
                    ReportId.of(job),
                    "step " + step.getStepName() + ": "
                            + (failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage()));
        }
    }
}
