package org.boxoffice.sales.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
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
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(SalesReports.JOB, 0, max);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<Execution> executions = new ArrayList<>();
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                executions.add(execution(operator, execution));
            }
        }
        executions.sort(Comparator.comparingLong(Execution::id).reversed());
        return executions.size() <= max ? executions : executions.subList(0, max);
    }

    private static Execution execution(JobOperator operator, JobExecution execution) {
        long read = 0;
        long written = 0;
        long commits = 0;
        long rollbacks = 0;
        String failed = null;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics() == null ? new Metric[0] : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case COMMIT_COUNT -> commits += metric.getValue();
                    case ROLLBACK_COUNT -> rollbacks += metric.getValue();
                    default -> {}
                }
            }
            if (step.getBatchStatus() == jakarta.batch.runtime.BatchStatus.FAILED) {
                failed = step.getStepName();
            }
        }
        String report = execution.getJobParameters() == null
                ? null
                : execution.getJobParameters().getProperty("report");
        OffsetDateTime started = utc(execution.getStartTime());
        OffsetDateTime ended = utc(execution.getEndTime());
        return new Execution(
                execution.getExecutionId(),
                report == null ? null : Long.valueOf(report),
                execution.getBatchStatus().name(),
                execution.getExitStatus(),
                started,
                ended,
                started == null
                        ? null
                        : Duration.between(started, ended == null ? OffsetDateTime.now(ZoneOffset.UTC) : ended),
                read,
                written,
                commits,
                rollbacks,
                failed);
    }

    private static OffsetDateTime utc(Date time) {
        return time == null ? null : time.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
