package org.boxoffice.sales.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.ReportStatus;

/**
 * Marks the report FAILED when its job ends without completing it (a step failed, the job was
 * stopped), unless the {@link SalesReportStepListener} did already with the step's error. The lines
 * written so far stay, and a restart goes on from the last checkpoint.
 */
@Named
@Dependent
public class SalesReportJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    SalesReports reports;

    @Override
    public void afterJob() {
        long report = ReportId.of(job);
        if (reports.get(report).status() == ReportStatus.RUNNING) {
            reports.fail(report, "the job ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        }
    }
}
