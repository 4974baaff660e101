package org.boxoffice.reconciliation.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.entity.ReconciliationRun;

/**
 * Starts reconciliation runs: one of a day an admin asks for, the nightly one, and a failed run
 * again from where it stopped. The run is opened and committed first, then its job started, outside
 * any transaction: the batch runtime keeps its job repository with connections of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconciliationJobs {

    @Inject
    Reconciliations reconciliations;

    /**
     * Starts the reconciliation of a day for an admin; it runs in the background.
     *
     * @param day the day as {@code 2026-12-06}, in the reconciliation's zone
     * @return the run, whose id names its report
     * @throws org.boxoffice.reconciliation.boundary.ReconciliationException when the day is not a
     *     date or has not begun yet
     */
    public ReconciliationRun start(long adminId, String day, String address) {
        return start(reconciliations.open(adminId, day, address));
    }

    /** Starts the job of a run opened already (the nightly one). */
    public ReconciliationRun start(ReconciliationRun run) {
        Properties parameters = new Properties();
        parameters.setProperty("run", String.valueOf(run.id()));
        parameters.setProperty("day", run.day().toString());
        long execution;
        try {
            execution = operator().start(Reconciliations.JOB, parameters);
        } catch (RuntimeException e) {
            reconciliations.fail(run.id(), "the job did not start: " + e);
            throw e;
        }
        reconciliations.runBy(run.id(), execution);
        return reconciliations.get(run.id());
    }

    /**
     * Starts a failed run's job again for an admin (recorded in the audit trail); it goes on from its
     * last checkpoint, and its differences so far stay.
     *
     * @throws org.boxoffice.reconciliation.boundary.ReconciliationException when there is no such
     *     run, or it has not failed
     */
    public ReconciliationRun restart(long adminId, long runId, String address) {
        ReconciliationRun run = reconciliations.restarting(adminId, runId, address);
        Properties parameters = new Properties();
        parameters.setProperty("run", String.valueOf(run.id()));
        parameters.setProperty("day", run.day().toString());
        long execution = operator().restart(run.jobExecutionId(), parameters);
        reconciliations.restarted(run.id(), execution);
        return reconciliations.get(run.id());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
