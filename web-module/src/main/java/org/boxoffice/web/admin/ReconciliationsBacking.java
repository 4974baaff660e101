package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.reconciliation.batch.ReconciliationJobs;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.entity.ReconciliationRun;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/**
 * The reconciliation runs, newest first, with "Reconcile a day" (yesterday unless another day is
 * written) and "Restart" for a failed run; each run's differences are on its own page.
 */
@Named
@ViewScoped
public class ReconciliationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reconciliations reconciliations;

    @Inject
    transient ReconciliationJobs jobs;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    private final PagedRows<ReconciliationRun, RunRow> rows =
            new PagedRows<>((page, size) -> reconciliations.newest(page, size), RunRow::new, RunRow::getId);

    private String day;

    public void start() {
        ReconciliationRun run = jobs.start(admin(), day, client.value());
        FacesMessages.info("reconciliations.started", run.day().toString(), run.id());
        day = null;
    }

    public void restart(RunRow row) {
        ReconciliationRun run = jobs.restart(admin(), Long.parseLong(row.getId()), client.value());
        FacesMessages.info("reconciliations.restarted", run.day().toString(), run.id());
    }

    public PagedRows<?, RunRow> getRows() {
        return rows;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    /** Yesterday in the reconciliation's zone: the day the form suggests. */
    public String getYesterday() {
        return LocalDate.now(reconciliations.zone()).minusDays(1).toString();
    }

    public String getZone() {
        return reconciliations.zone().getId();
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }
}
