package org.boxoffice.api.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.ticket.boundary.Admissions;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Admission at the door: a scanned code lets its ticket in once. For admins, the organizers of the
 * event's organisation, scanner tokens of the event, and API clients of the organisation with
 * {@code checkins:write}. 200 with the ticket; 409 {@code
 * checkin.already-used} (with {@code admittedAt} and {@code gate}) or {@code checkin.ticket-void};
 * 404 {@code checkin.unknown-ticket}; 422 {@code checkin.invalid-code} or {@code
 * checkin.other-event}.
 */
@Path("v1/checkins")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.ADMIN_ROLE, Role.ORGANIZER_ROLE, Role.SCANNER_ROLE, Scope.CHECKINS_WRITE_SCOPE})
public class CheckinsResource {

    @Inject
    Admissions admissions;

    @Inject
    Door door;

    @POST
    public AdmissionView checkIn(
            @Valid @NotNull(message = "a JSON body with code is required") CheckinRequest request,
            @Context HttpHeaders headers) {
        return AdmissionView.of(admissions.admit(door.keeper(), request.code(), request.gate(), language(headers)));
    }

    /**
     * Scans made offline, applied in the order of their times: the earliest scan of a ticket is its
     * admission. One result per scan, in the order sent; the admissions are kept whatever the others'
     * results.
     */
    @POST
    @Path("batch")
    @BodyLimit(bytes = CheckinBatchRequest.MAX_BYTES)
    public CheckinBatchView checkInBatch(
            @Valid @NotNull(message = "a JSON body with scans is required") CheckinBatchRequest request,
            @Context HttpHeaders headers) {
        Locale language = language(headers);
        List<Admissions.Scan> scans = request.scans().stream()
                .map(scan -> new Admissions.Scan(scan.code(), scan.gate(), scan.scannedAt()))
                .toList();
        return CheckinBatchView.of(admissions.admitBatch(door.keeper(), scans, language).stream()
                .map(result -> ScanResultView.of(result, language))
                .toList());
    }

    /** The first language the request accepts, English when it names none. */
    static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(language -> !"*".equals(language.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
