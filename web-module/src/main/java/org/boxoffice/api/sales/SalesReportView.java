package org.boxoffice.api.sales;

import java.util.Map;
import org.boxoffice.sales.entity.SalesReport;

/**
 * A sales report: the organisation's {@code day} in its {@code zone}, {@code status} (RUNNING,
 * COMPLETED, FAILED), who started it ({@code startedBy}, null for the nightly report), its counts,
 * and once it is COMPLETED the addresses of its files ({@code csv}, {@code xlsx}); {@code error}
 * says why a report failed. Times are UTC.
 */
public record SalesReportView(
        String id,
        String organisationId,
        String organisation,
        String day,
        String zone,
        String status,
        String startedBy,
        String startedAt,
        String endedAt,
        int lines,
        long ticketsSold,
        long ticketsRefunded,
        long checkIns,
        int mailedTo,
        String error,
        String csv,
        String xlsx) {

    static SalesReportView of(SalesReport report, Map<Long, String> organisationNames) {
        boolean complete = report.status() == org.boxoffice.sales.entity.ReportStatus.COMPLETED;
        String base = "/api/v1/reports/" + report.id();
        return new SalesReportView(
                String.valueOf(report.id()),
                String.valueOf(report.organisationId()),
                organisationNames.get(report.organisationId()),
                report.day().toString(),
                report.zone().getId(),
                report.status().name(),
                report.startedBy() == null ? null : String.valueOf(report.startedBy()),
                report.startedAt().toString(),
                report.endedAt() == null ? null : report.endedAt().toString(),
                report.lineCount(),
                report.ticketsSold(),
                report.ticketsRefunded(),
                report.checkIns(),
                report.mailedTo(),
                report.error(),
                complete ? base + ".csv" : null,
                complete ? base + ".xlsx" : null);
    }
}
