package org.boxoffice.sales.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import org.boxoffice.reporting.boundary.JobHistory;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.SalesReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts sales report jobs (one an admin asks for, the nightly ones, a failed one again from where
 * it stopped) and tells how their executions went. The report is opened and committed first, then
 * its job started, outside any transaction: the batch runtime keeps its job repository with
 * connections of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SalesReportJobs {

    /** One execution of the job, as the batch runtime keeps it: the admin console's job history. */
    public record Execution(
            long id,
            Long reportId,
            String status,
            String exitStatus,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            Duration duration,
            long eventsRead,
            long eventsWritten,
            long commits,
            long rollbacks,
            String failedStep) {}

    @Inject
    SalesReports reports;

    @Inject
    JobHistory jobs;

    @Inject
    @ConfigProperty(name = "boxoffice.reports.events-per-chunk", defaultValue = "20")
    int eventsPerChunk;

    /**
     * Starts the report of an organisation's day for an admin; it runs in the background.
     *
     * @throws org.boxoffice.sales.boundary.SalesReportException when the day is not a date or has
     *     not ended yet in the organisation's zone
     */
    public SalesReport start(long adminId, long organisationId, String day, String address) {
        return start(reports.open(adminId, organisationId, day, address));
    }

    /** Starts the job of a report opened already (a nightly one). */
    public SalesReport start(SalesReport report) {
        long execution;
        try {
            execution = operator().start(SalesReports.JOB, parameters(report));
        } catch (RuntimeException e) {
            reports.fail(report.id(), "the job did not start: " + e);
            throw e;
        }
        reports.runBy(report.id(), execution);
        return reports.get(report.id());
    }

    /**
     * Starts a failed report's job again for an admin (recorded in the audit trail); it goes on at
     * the chunk where it stopped, and its lines so far stay.
     *
     * @throws org.boxoffice.sales.boundary.SalesReportException when there is no such report, or
     *     it has not failed
     */
    public SalesReport restart(long adminId, long reportId, String address) {
        SalesReport report = reports.restarting(adminId, reportId, address);
        long execution = operator().restart(report.jobExecutionId(), parameters(report));
        reports.restarted(report.id(), execution);
        return reports.get(report.id());
    }

    private Properties parameters(SalesReport report) {
        Properties parameters = new Properties();
        parameters.setProperty("report", String.valueOf(report.id()));
        parameters.setProperty("day", report.day().toString());
        parameters.setProperty("events-per-chunk", String.valueOf(Math.max(1, eventsPerChunk)));
        return parameters;
    }

    /** The newest executions of the job, newest first, at most {@code max}. */
    public List<Execution> history(int max) {
        return jobs.latest(SalesReports.JOB, max).stream()
                .map(execution -> {
                    String report = execution.parameters().get("report");
                    return new Execution(
                            execution.id(),
                            report == null ? null : Long.valueOf(report),
                            execution.status(),
                            execution.exitStatus(),
                            execution.startedAt(),
                            execution.endedAt(),
                            execution.duration(),
                            execution.read(),
                            execution.written(),
                            execution.commits(),
                            execution.rollbacks(),
                            execution.failedStep());
                })
                .toList();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
