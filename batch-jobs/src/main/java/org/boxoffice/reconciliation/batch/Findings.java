package org.boxoffice.reconciliation.batch;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.control.Comparison.Action;
import org.boxoffice.reconciliation.control.Comparison.Finding;
import org.boxoffice.reconciliation.control.Comparison.Result;

/**
 * Writes what a part of the comparison found. Settling a charge and giving up a stale attempt each
 * happen in a transaction of their own, first, with their difference: a settlement that failed
 * rolls back alone and is recorded as failed, and one that went through stays, even if the chunk
 * fails later (a restart then finds the payment settled, with nothing left to report). The rest is
 * recorded in the chunk's transaction.
 */
final class Findings {

    private static final Logger LOG = Logger.getLogger(Findings.class.getName());

    private Findings() {}

    static void write(Reconciliations reconciliations, long run, Result result) {
        List<Finding> reported = new ArrayList<>();
        List<Finding> failed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (finding.action() == Action.REPORT || finding.action() == Action.LEAVE_PENDING) {
                reported.add(finding);
                continue;
            }
            try {
                if (finding.action() == Action.SETTLE_CHARGE) {
                    reconciliations.settle(run, finding);
                } else {
                    reconciliations.abandon(run, finding);
                }
            } catch (RuntimeException e) {
                Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
                LOG.log(
                        Level.WARNING,
                        "reconciliation " + run + " could not settle payment " + finding.paymentId()
                                + "; recorded, and the next run tries again",
                        cause);
                failed.add(finding);
                reasons.add(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
            }
        }
        reconciliations.record(run, reported, result.matched());
        for (int i = 0; i < failed.size(); i++) {
            reconciliations.settlingFailed(run, failed.get(i), reasons.get(i));
        }
    }
}
