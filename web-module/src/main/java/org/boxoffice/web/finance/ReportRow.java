package org.boxoffice.web.finance;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.boxoffice.sales.entity.ReportStatus;
import org.boxoffice.sales.entity.SalesReport;
import org.boxoffice.web.FacesMessages;

/** A sales report as the pages show it (EL 5 reads getters, not record components). */
public final class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final long id;
    private final String organisation;
    private final String day;
    private final String zone;
    private final String status;
    private final boolean complete;
    private final boolean failed;
    private final boolean nightly;
    private final String startedAt;
    private final int lines;
    private final long ticketsSold;
    private final long ticketsRefunded;
    private final long checkIns;
    private final String error;

    public ReportRow(SalesReport report, String organisationName) {
        this.id = report.id();
        this.organisation = organisationName == null ? String.valueOf(report.organisationId()) : organisationName;
        this.day = report.day().toString();
        this.zone = report.zone().getId();
        this.status = FacesMessages.text("reports.status." + report.status().name());
        this.complete = report.status() == ReportStatus.COMPLETED;
        this.failed = report.status() == ReportStatus.FAILED;
        this.nightly = report.startedBy() == null;
        this.startedAt = report.startedAt().format(TIME);
        this.lines = report.lineCount();
        this.ticketsSold = report.ticketsSold();
        this.ticketsRefunded = report.ticketsRefunded();
        this.checkIns = report.checkIns();
        this.error = report.error() == null ? "" : report.error();
    }

    public String getId() {
        return String.valueOf(id);
    }

    public long getNumber() {
        return id;
    }

    public String getOrganisation() {
        return organisation;
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

    public boolean isComplete() {
        return complete;
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

    public int getLines() {
        return lines;
    }

    public long getTicketsSold() {
        return ticketsSold;
    }

    public long getTicketsRefunded() {
        return ticketsRefunded;
    }

    public long getCheckIns() {
        return checkIns;
    }

    public String getError() {
        return error;
    }
}
