package org.boxoffice.api.admin;

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
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.reconciliation.batch.ReconciliationJobs;
import org.boxoffice.reconciliation.boundary.ReconciliationException;
import org.boxoffice.reconciliation.boundary.ReconciliationException.Reason;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.entity.ReconciliationRun;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The reconciliations of payments and refunds with the provider's records, for admins: the runs,
 * newest first, each with the differences it found; a day reconciled by hand (recorded in the
 * audit trail), and a failed run restarted where it stopped. Runs go on in the background: their
 * status says when they are done.
 */
@Path("v1/admin/reconciliations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class ReconciliationsResource {

    @Inject
    Reconciliations reconciliations;

    @Inject
    ReconciliationJobs jobs;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /** A page of the runs, newest first. */
    @GET
    public PageView<ReconciliationRunView> listReconciliations(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(reconciliations.newest(pageNumber, pageSize), ReconciliationRunView::of);
    }

    /** A run with a page of its differences ({@code page} and {@code size} page the differences). */
    @GET
    @Path("{runId}")
    public ReconciliationView reconciliation(
            @PathParam("runId") String runId, @QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        long id = id(runId);
        ReconciliationRun run = reconciliations.get(id);
        return new ReconciliationView(
                ReconciliationRunView.of(run),
                PageView.of(reconciliations.differences(id, pageNumber, pageSize), ReconciliationDifferenceView::of));
    }

    /** Starts the reconciliation of a day that has begun: 202 with the run, which goes on in the background. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startReconciliation(
            @Valid @NotNull(message = "a JSON body with day is required") ReconciliationRequest request) {
        ReconciliationRun run = jobs.start(Long.parseLong(token.getSubject()), request.day(), client.value());
        return accepted(run);
    }

    /** Restarts a failed run from where it stopped (recorded in the audit trail): 202 with the run. */
    @POST
    @Path("{runId}/restart")
    public Response restartReconciliation(@PathParam("runId") String runId) {
        return accepted(jobs.restart(Long.parseLong(token.getSubject()), id(runId), client.value()));
    }

    private static Response accepted(ReconciliationRun run) {
        return Response.accepted(ReconciliationRunView.of(run))
                .location(URI.create("/api/v1/admin/reconciliations/" + run.id()))
                .build();
    }

    private static long id(String runId) {
        return Parameters.id(runId).orElseThrow(() -> new ReconciliationException(Reason.UNKNOWN, runId));
    }
}
