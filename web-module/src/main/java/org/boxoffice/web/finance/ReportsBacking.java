package org.boxoffice.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.ReportFile;
import org.boxoffice.sales.entity.ReportFile.Format;
import org.boxoffice.sales.entity.SalesReport;
import org.boxoffice.web.PagedRows;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The sales reports the signed-in finance contact (or admin) may see, newest day first, between
 * two days, each with its CSV and spreadsheet to download.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SalesReports reports;

    @Inject
    transient SignedIn signedIn;

    private String from;
    private String to;
    private Map<Long, String> names;

    private final PagedRows<SalesReport, ReportRow> rows = new PagedRows<>(
            (page, size) -> reports.visible(viewer(), from, to, page, size),
            report -> new ReportRow(report, name(report.organisationId())),
            ReportRow::getId);

    public PagedRows<?, ReportRow> getRows() {
        return rows;
    }

    /** "Show": the table reads the days again; a bad day is a message. */
    public void show() {
        reports.visible(viewer(), from, to, 1, 1);
    }

    public StreamedContent csv(ReportRow row) {
        return download(row, Format.CSV);
    }

    public StreamedContent xlsx(ReportRow row) {
        return download(row, Format.XLSX);
    }

    private StreamedContent download(ReportRow row, Format format) {
        SalesReport report = reports.visible(viewer(), row.getNumber());
        ReportFile file = reports.file(viewer(), report.id(), format);
        byte[] content = file.content();
        return DefaultStreamedContent.builder()
                .name("sales-" + report.organisationId() + "-" + report.day() + "-" + report.id() + "."
                        + format.extension())
                .contentType(format.mediaType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    private String name(long organisationId) {
        if (names == null) {
            names = new HashMap<>();
            reports.organisations().forEach(organisation -> names.put(organisation.id(), organisation.name()));
        }
        return names.get(organisationId);
    }

    private long viewer() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
