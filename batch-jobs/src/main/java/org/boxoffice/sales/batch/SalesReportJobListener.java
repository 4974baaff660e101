package org.boxoffice.sales.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.ReportStatus;

/**
 * Logs when a report's job starts and ends (the server log's account of the job history), and marks
 * the report FAILED when its job ends without completing it (a step failed, the job was
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

    private static final Logger LOG = Logger.getLogger(SalesReportJobListener.class.getName());

    @Override
    public void beforeJob() {
        LOG.info(() -> "sales report " + ReportId.of(job) + ": execution " + job.getExecutionId() + " started");
    }

    @Override
    public void afterJob() {
        long report = ReportId.of(job);
        LOG.info(() -> "sales report " + report + ": execution " + job.getExecutionId() + " ended "
                + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        if (reports.get(report).status() == ReportStatus.RUNNING) {
            reports.fail(report, "the job ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        }
    }
}
