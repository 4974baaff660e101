package org.boxoffice.reporting.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.sales.boundary.SalesReports;

/**
 * The executions of the application's batch jobs as the batch runtime keeps them in its job
 * repository: state, times, the counts of their chunk steps and the step that failed. Outside any
 * transaction, as the runtime reads its repository with connections of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobHistory {

    /** The application's jobs, as their job XML names them. */
    public static final List<String> JOBS = List.of(SalesReports.JOB, Reconciliations.JOB, Reports.CATALOG_SNAPSHOT);

    /**
     * One execution of a job; a restart is an execution of its own.
     *
     * @param duration from the start to the end, or to now while it runs; null before it started
     * @param read items read by its chunk steps (0 for a job without chunks)
     * @param written items written by its chunk steps
     * @param failedStep the step that failed, or null
     * @param parameters the job parameters it was started with
     */
    public record Execution(
            long id,
            String job,
            String status,
            String exitStatus,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            Duration duration,
            long read,
            long written,
            long commits,
            long rollbacks,
            String failedStep,
            Map<String, String> parameters) {

        public Execution {
            parameters = Map.copyOf(parameters);
        }
    }

    /** The newest executions of one job, newest first, at most {@code max}. */
    public List<Execution> latest(String job, int max) {
        return describe(newest(executions(operator(), job, max), max));
    }

    /**
     * The newest executions of all the application's jobs together, newest first, at most {@code
     * max}. Only those shown have their steps read.
     */
    public List<Execution> latest(int max) {
        JobOperator operator = operator();
        List<JobExecution> executions = new ArrayList<>();
        JOBS.forEach(job -> executions.addAll(executions(operator, job, max)));
        return describe(newest(executions, max));
    }

    /** The executions of a job's newest {@code max} instances (each has one, and one per restart). */
    private static List<JobExecution> executions(JobOperator operator, String job, int max) {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job, 0, max);
        } catch (NoSuchJobException e) {
            return List.of(); // it has never run
        }
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : instances) {
            executions.addAll(operator.getJobExecutions(instance));
        }
        return executions;
    }

    private static List<JobExecution> newest(List<JobExecution> executions, int max) {
        return executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(Math.max(0, max))
                .toList();
    }

    private static List<Execution> describe(List<JobExecution> executions) {
        JobOperator operator = operator();
        return executions.stream()
                .map(execution -> execution(operator, execution))
                .toList();
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
            if (step.getBatchStatus() == BatchStatus.FAILED) {
                failed = step.getStepName();
            }
        }
        Map<String, String> parameters = new TreeMap<>();
        Properties given = execution.getJobParameters();
        if (given != null) {
            given.stringPropertyNames().forEach(name -> parameters.put(name, given.getProperty(name)));
        }
        OffsetDateTime started = utc(execution.getStartTime());
        OffsetDateTime ended = utc(execution.getEndTime());
        return new Execution(
                execution.getExecutionId(),
                execution.getJobName(),
                execution.getBatchStatus() == null
                        ? ""
                        : execution.getBatchStatus().name(),
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
                failed,
                parameters);
    }

    private static OffsetDateTime utc(Date time) {
        return time == null ? null : time.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
