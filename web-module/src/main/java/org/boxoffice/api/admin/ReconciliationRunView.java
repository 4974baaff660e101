package org.boxoffice.api.admin;

import org.boxoffice.reconciliation.entity.ReconciliationRun;

/**
 * A reconciliation run: the {@code day} it reconciled in its {@code zone}, {@code status}
 * (RUNNING, COMPLETED, FAILED), who started it ({@code startedBy}, null for the nightly run), and
 * its counts: provider records that {@code matched}, {@code differences} found, of which the run
 * {@code resolved} itself; {@code error} says why a run failed. Times are UTC.
 */
public record ReconciliationRunView(
        String id,
        String day,
        String zone,
        String provider,
        String status,
        String startedBy,
        String startedAt,
        String endedAt,
        int matched,
        int differences,
        int resolved,
        String error) {

    static ReconciliationRunView of(ReconciliationRun run) {
        return new ReconciliationRunView(
                String.valueOf(run.id()),
                run.day().toString(),
                run.zone().getId(),
                run.provider(),
                run.status().name(),
                run.startedBy() == null ? null : String.valueOf(run.startedBy()),
                run.startedAt().toString(),
                run.endedAt() == null ? null : run.endedAt().toString(),
                run.matched(),
                run.differences(),
                run.resolved(),
                run.error());
    }
}
