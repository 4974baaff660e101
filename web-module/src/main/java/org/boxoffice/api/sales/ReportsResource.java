package org.boxoffice.api.sales;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.ActingClient;
import org.boxoffice.api.ticket.TicketsResource;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.sales.batch.SalesReportJobs;
import org.boxoffice.sales.boundary.SalesReportException;
import org.boxoffice.sales.boundary.SalesReportException.Reason;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.ReportFile;
import org.boxoffice.sales.entity.ReportFile.Format;
import org.boxoffice.sales.entity.SalesReport;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The nightly sales reports: a finance contact (FINANCE, a member of the organisation) lists and
 * downloads its organisation's reports, an admin everybody's; an admin starts the report of a day
 * by hand and restarts a failed one (both in the audit trail). An API client with {@code
 * reports:read} reads its organisation's, as a finance contact does. Reports are made in the background:
 * their status says when they are done.
 */
@Path("v1/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.FINANCE_ROLE, Role.ADMIN_ROLE, Scope.REPORTS_READ_SCOPE})
public class ReportsResource {

    @Inject
    ActingClient acting;

    @Inject
    SalesReports reports;

    @Inject
    SalesReportJobs jobs;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /**
     * A page of the reports of the days {@code from} to {@code to} (both included, as 2026-12-06;
     * by default the 31 days up to today; at most 366 days), newest day first.
     */
    @GET
    public PageView<SalesReportView> listReports(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        String first = parameters.exact("from", from);
        String last = parameters.exact("to", to);
        parameters.check();
        Page<SalesReport> found = acting.find().isPresent()
                ? reports.visibleToOrganisation(acting.organisation(), first, last, pageNumber, pageSize)
                : reports.visible(viewer(), first, last, pageNumber, pageSize);
        Map<Long, String> names = reports.organisationNames(
                found.items().stream().map(SalesReport::organisationId).collect(Collectors.toSet()));
        return PageView.of(found, report -> SalesReportView.of(report, names));
    }

    /** A report the caller may see. */
    @GET
    @Path("{reportId}")
    public SalesReportView report(@PathParam("reportId") String reportId) {
        SalesReport report = acting.find().isPresent()
                ? reports.visibleToOrganisation(acting.organisation(), id(reportId))
                : reports.visible(viewer(), id(reportId));
        return SalesReportView.of(report, reports.organisationNames(java.util.Set.of(report.organisationId())));
    }

    /** The report as CSV (docs/reports.md has its columns). */
    @GET
    @Path("{reportId}.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("reportId") String reportId) {
        return download(reportId, Format.CSV);
    }

    /** The report as a spreadsheet (.xlsx): the lines, and the totals per currency. */
    @GET
    @Path("{reportId}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response reportXlsx(@PathParam("reportId") String reportId) {
        return download(reportId, Format.XLSX);
    }

    /** Starts the report of an organisation's day that has ended (admins): 202 with the report. */
    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startReport(
            @Valid @NotNull(message = "a JSON body with organisationId and day is required")
                    SalesReportRequest request) {
        long organisation = Parameters.id(request.organisationId())
                .orElseThrow(() -> new UnknownOrganisationException(request.organisationId()));
        return accepted(jobs.start(viewer(), organisation, request.day(), client.value()));
    }

    /** Restarts a failed report at the chunk where it stopped (admins): 202 with the report. */
    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{reportId}/restart")
    public Response restartReport(@PathParam("reportId") String reportId) {
        return accepted(jobs.restart(viewer(), id(reportId), client.value()));
    }

    private Response download(String reportId, Format format) {
        long id = id(reportId);
        ReportFile file = acting.find().isPresent()
                ? reports.fileForOrganisation(acting.organisation(), id, format)
                : reports.file(viewer(), id, format);
        SalesReport report = reports.get(id);
        return TicketsResource.file(
                file.content(),
                format.mediaType(),
                "attachment",
                "sales-" + report.organisationId() + "-" + report.day() + "-" + id + "." + format.extension());
    }

    private Response accepted(SalesReport report) {
        return Response.accepted(SalesReportView.of(
                        report, reports.organisationNames(java.util.Set.of(report.organisationId()))))
                .location(URI.create("/api/v1/reports/" + report.id()))
                .build();
    }

    private long viewer() {
        return Long.parseLong(token.getSubject());
    }

    private static long id(String reportId) {
        return Parameters.id(reportId).orElseThrow(() -> new SalesReportException(Reason.UNKNOWN, reportId));
    }
}
