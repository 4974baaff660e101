package org.boxoffice.web.admin;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.boxoffice.reconciliation.entity.ReconciliationRun;
import org.boxoffice.reconciliation.entity.RunStatus;
import org.boxoffice.web.FacesMessages;

/** A reconciliation run as the pages show it (EL 5 reads getters, not record components). */
public final class RunRow implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How the reconciliation pages show a time (UTC, as stored). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String id;
    private final String day;
    private final String zone;
    private final String status;
    private final boolean failed;
    private final boolean nightly;
    private final String startedAt;
    private final String endedAt;
    private final int matched;
    private final int differences;
    private final int resolved;
    private final String error;

    RunRow(ReconciliationRun run) {
        this.id = String.valueOf(run.id());
        this.day = run.day().toString();
        this.zone = run.zone().getId();
        this.status =
                FacesMessages.text("reconciliations.status." + run.status().name());
        this.failed = run.status() == RunStatus.FAILED;
        this.nightly = run.startedBy() == null;
        this.startedAt = run.startedAt().format(TIME);
        this.endedAt = run.endedAt() == null ? "" : run.endedAt().format(TIME);
        this.matched = run.matched();
        this.differences = run.differences();
        this.resolved = run.resolved();
        this.error = run.error() == null ? "" : run.error();
    }

    public String getId() {
        return id;
    }

    public String getDay() {
        return day;
    }

    public String getZone() {
        return zone;
    }

    public String getStatus() {
        return status;
    }

    public boolean isFailed() {
        return failed;
    }

    public boolean isNightly() {
        return nightly;
    }

    public String getStartedAt() {
        return startedAt;
    }

    public String getEndedAt() {
        return endedAt;
    }

    public int getMatched() {
        return matched;
    }

    public int getDifferences() {
        return differences;
    }

    public int getResolved() {
        return resolved;
    }

    public String getError() {
        return error;
    }
}
