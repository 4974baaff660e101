package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.sales.batch.SalesReportJobs;
import org.boxoffice.sales.batch.SalesReportJobs.Execution;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.SalesReport;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;
import org.boxoffice.web.finance.ReportRow;

/**
 * The sales reports for admins: "Make the report" of an organisation's day by hand, "Restart" for
 * a failed report, and the job's history as the batch runtime keeps it (state, duration, counts,
 * the step that failed).
 */
@Named
@ViewScoped
public class SalesReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many executions the history shows. */
    private static final int HISTORY = 50;

    /** An execution as the page shows it (EL 5 reads getters, not record components). */
    public static final class ExecutionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Execution execution;

        ExecutionRow(Execution execution) {
            this.execution = execution;
        }

        public long getId() {
            return execution.id();
        }

        public String getReport() {
            return execution.reportId() == null ? "" : String.valueOf(execution.reportId());
        }

        public String getState() {
            return execution.status();
        }

        public String getStartedAt() {
            return execution.startedAt() == null ? "" : execution.startedAt().format(RunRow.TIME);
        }

        public String getDuration() {
            Duration duration = execution.duration();
            return duration == null ? "" : String.format("%d.%03d s", duration.toSeconds(), duration.toMillisPart());
        }

        public long getRead() {
            return execution.eventsRead();
        }

        public long getWritten() {
            return execution.eventsWritten();
        }

        public long getCommits() {
            return execution.commits();
        }

        public String getFailedStep() {
            return execution.failedStep() == null ? "" : execution.failedStep();
        }
    }

    @Inject
    transient SalesReports reports;

    @Inject
    transient SalesReportJobs jobs;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    private Long organisationId;
    private String day;
    private Map<Long, String> names;

    /** The organisation whose reports the list shows; null for all. */
    private Long shownOrganisationId;

    private final PagedRows<SalesReport, ReportRow> rows = new PagedRows<>(
            (page, size) -> reports.visible(admin(), shownOrganisationId, null, null, page, size),
            report -> new ReportRow(report, names().get(report.organisationId())),
            ReportRow::getId);

    public void start() {
        SalesReport report = jobs.start(admin(), organisationId, day, client.value());
        FacesMessages.info("salesReports.started", report.day().toString(), report.id());
        day = null;
    }

    public void restart(ReportRow row) {
        SalesReport report = jobs.restart(admin(), row.getNumber(), client.value());
        FacesMessages.info("salesReports.restarted", report.id());
    }

    public PagedRows<?, ReportRow> getRows() {
        return rows;
    }

    /** Another organisation to show the reports of: the list's first page. */
    public void shownChanged() {
        PagedRows.showFirstPage("reports:table");
    }

    public Long getShownOrganisationId() {
        return shownOrganisationId;
    }

    public void setShownOrganisationId(Long shownOrganisationId) {
        this.shownOrganisationId = shownOrganisationId;
    }

    public List<ExecutionRow> getExecutions() {
        return jobs.history(HISTORY).stream().map(ExecutionRow::new).toList();
    }

    public List<Organisation> getOrganisations() {
        return reports.organisations();
    }

    public String getExplanation() {
        return FacesMessages.text(
                "salesReports.explanation", reports.hour(), reports.zone().getId());
    }

    private Map<Long, String> names() {
        if (names == null) {
            names = new HashMap<>();
            reports.organisations().forEach(organisation -> names.put(organisation.id(), organisation.name()));
        }
        return names;
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
