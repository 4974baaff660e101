package org.boxoffice.reporting.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts report jobs and tells how their runs went. Outside any transaction: the batch runtime
 * keeps its job repository with connections of its own, and must not have its rows (or, on the
 * first run, its tables) held in a caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reports {

    public static final String CATALOG_SNAPSHOT = "catalog-snapshot";

    /**
     * One run of a report job.
     *
     * @param file the report it wrote, once it has COMPLETED
     */
    public record Run(
            long id, String job, BatchStatus status, OffsetDateTime startedAt, OffsetDateTime endedAt, Path file) {

        /**
         * Whether the run is over, its outcome recorded. The batch runtime writes the final status
         * before the exit status and the end time, so a run counts as ended once its end time (and,
         * for a completed report, its file) is in.
         */
        public boolean hasEnded() {
            return endedAt != null
                    && (status != BatchStatus.COMPLETED || file != null)
                    && (status == BatchStatus.COMPLETED
                            || status == BatchStatus.FAILED
                            || status == BatchStatus.STOPPED
                            || status == BatchStatus.ABANDONED);
        }
    }

    /** Starts a snapshot of the catalog as CSV; it runs in the background. */
    public long startCatalogSnapshot() {
        return operator().start(CATALOG_SNAPSHOT, new Properties());
    }

    public Optional<Run> run(long id) {
        try {
            JobExecution execution = operator().getJobExecution(id);
            boolean completed = execution.getBatchStatus() == BatchStatus.COMPLETED;
            return Optional.of(new Run(
                    id,
                    execution.getJobName(),
                    execution.getBatchStatus(),
                    utc(execution.getStartTime()),
                    utc(execution.getEndTime()),
                    completed && execution.getExitStatus() != null ? Path.of(execution.getExitStatus()) : null));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime utc(Date time) {
        return time == null ? null : time.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
