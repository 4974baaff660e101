package org.boxoffice.api.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.CaseKind;
import org.boxoffice.support.entity.CaseQuery;
import org.boxoffice.support.entity.CaseState;
import org.boxoffice.support.entity.SupportException;
import org.boxoffice.support.entity.SupportException.Reason;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Support cases. A customer opens cases about their bookings and writes on them; the desk (support
 * staff and admins) sees the queue, answers, writes internal notes, assigns, moves the state and
 * acts on the booking (cancel, refunds, ticket resend: 403 for anyone else); an organizer sees and
 * answers the cases about the events of their organisation. A case, booking or attachment the
 * caller may not see is 404, as if it did not exist. A closed case takes no messages (409 {@code
 * support.case-closed}); a desk action whose {@code caseVersion} is not the case's is 409 {@code
 * support.case-changed}.
 */
@Path("v1/support/cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
public class SupportCasesResource {

    @Inject
    SupportCases cases;

    @Inject
    SignedIn signedIn;

    @Inject
    ClientAddress client;

    /**
     * The cases the caller sees: the desk's queue (all cases, those waiting for an answer first,
     * the longest waiting first), an organizer's (their events' cases, same order), a customer's own
     * (latest activity first). Filters: {@code state}, and for the desk and organizers {@code kind},
     * {@code eventId}, {@code assignee} (an account id, {@code me} or {@code none}), {@code
     * olderThanHours} or {@code createdBefore}; {@code organisationId} for the desk. {@code
     * scope=mine} lists the cases the caller opened as a customer, whatever their roles (the state
     * filter only); {@code scope=all}, the default, what the caller's role sees.
     */
    @GET
    public PageView<CaseSummaryView> list(
            @QueryParam("scope") String scope,
            @QueryParam("state") String state,
            @QueryParam("kind") String kind,
            @QueryParam("eventId") String eventId,
            @QueryParam("organisationId") String organisationId,
            @QueryParam("assignee") String assignee,
            @QueryParam("olderThanHours") String olderThanHours,
            @QueryParam("createdBefore") String createdBefore,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Account viewer = signedIn.get();
        Parameters parameters = new Parameters();
        Scope listed = parameters.choice("scope", scope, Scope.class, Scope.ALL);
        CaseState stateFilter = parameters.choice("state", state, CaseState.class, null);
        CaseKind kindFilter = parameters.choice("kind", kind, CaseKind.class, null);
        Long event = parameters.idFilter("eventId", eventId);
        Long organisation = parameters.idFilter("organisationId", organisationId);
        Long assigned = assignee == null || assignee.isBlank()
                ? null
                : switch (assignee.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "me" -> viewer.id();
                    case "none" -> Long.valueOf(CaseQuery.UNASSIGNED);
                    default -> parameters.idFilter("assignee", assignee);
                };
        OffsetDateTime before = parameters.instant("createdBefore", createdBefore);
        if (olderThanHours != null && !olderThanHours.isBlank()) {
            int hours = parameters.integer("olderThanHours", olderThanHours, 0, 0, 24 * 366 * 10);
            OffsetDateTime older = OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours);
            before = before == null || older.isBefore(before) ? older : before;
        }
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        if (listed == Scope.MINE) {
            return PageView.of(cases.listOwn(viewer, stateFilter, pageNumber, pageSize), CaseSummaryView::of);
        }
        CaseQuery query = new CaseQuery(stateFilter, kindFilter, event, organisation, assigned, before);
        return PageView.of(cases.list(viewer, query, pageNumber, pageSize), CaseSummaryView::of);
    }

    /** A customer opens a case with its first message: 201 with the case. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(
            @Valid @NotNull(message = "a JSON body with kind, subject and body is required") OpenCaseRequest request) {
        Account customer = signedIn.get();
        CaseKind kind = CaseKind.parse(request.kind());
        Long booking = request.bookingId() == null
                ? null
                : Parameters.id(request.bookingId().strip())
                        .orElseThrow(() -> new SupportException(Reason.UNKNOWN_BOOKING, request.bookingId()));
        long id = cases.open(customer, kind, booking, request.subject(), request.body())
                .id();
        return Response.created(URI.create("/api/v1/support/cases/" + id))
                .entity(CaseView.of(cases.get(customer, id)))
                .build();
    }

    @GET
    @Path("{caseId}")
    public CaseView get(@PathParam("caseId") String caseId) {
        return CaseView.of(cases.get(signedIn.get(), id(caseId)));
    }

    /**
     * Writes on the case: 201 with the message. A customer's message opens the case again; a public
     * answer of the desk or an organizer makes it wait for the customer, who is told by mail and in
     * the portal; {@code internal} notes (desk and organizers; 403 {@code
     * support.internal-not-allowed} for a customer) tell nobody.
     */
    @POST
    @Path("{caseId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "a JSON body with body is required") MessageRequest request) {
        Account author = signedIn.get();
        long id = id(caseId);
        List<Long> attachments = request.attachmentIds() == null
                ? List.of()
                : request.attachmentIds().stream()
                        .map(text -> Optional.ofNullable(text)
                                .flatMap(Parameters::id)
                                .orElseThrow(
                                        () -> new SupportException(Reason.INVALID_ATTACHMENT, String.valueOf(text))))
                        .toList();
        var message = cases.write(author, id, request.body(), Boolean.TRUE.equals(request.internal()), attachments);
        var detail = cases.get(author, id);
        MessageView view = detail.messages().stream()
                .filter(shown -> shown.id().equals(message.id()))
                .findFirst()
                .map(shown -> MessageView.of(shown, detail.names(), detail.attachments()))
                .orElseThrow();
        return Response.created(URI.create("/api/v1/support/cases/" + id + "#message-" + message.id()))
                .entity(view)
                .build();
    }

    /**
     * Uploads a file for a message that follows: the body is the file itself, of any Content-Type;
     * {@code name} is its file name. At most boxoffice.support.attachment-max-bytes (413 {@code
     * support.attachment-too-large} or {@code body-too-large}); its type is told from its content,
     * whatever its name and the Content-Type say, and must be PDF, PNG, JPEG or plain text (415
     * {@code support.attachment-type}). 201 with the attachment, whose id a message then names.
     */
    @POST
    @Path("{caseId}/attachments")
    @BodyLimit(setting = "boxoffice.support.attachment-max-bytes")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("caseId") String caseId, @QueryParam("name") String name, InputStream body) {
        var attachment = cases.attach(signedIn.get(), id(caseId), name, body);
        return Response.created(
                        URI.create("/api/v1/support/cases/" + attachment.caseId() + "/attachments/" + attachment.id()))
                .entity(AttachmentView.of(attachment))
                .build();
    }

    /**
     * Downloads an attachment, for those who may see it (others 404): as a download ({@code
     * Content-Disposition: attachment}), of the type told from its content, never sniffed.
     */
    @GET
    @Path("{caseId}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", "text/plain", MediaType.APPLICATION_OCTET_STREAM})
    public Response download(@PathParam("caseId") String caseId, @PathParam("attachmentId") String attachmentId) {
        long attachment = Parameters.id(attachmentId)
                .orElseThrow(() -> new SupportException(Reason.UNKNOWN_ATTACHMENT, attachmentId));
        SupportCases.Download download = cases.attachment(signedIn.get(), id(caseId), attachment);
        String name = download.attachment().name();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(download.file().toFile(), download.attachment().contentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    /** The desk gives the case to a support or admin account ({@code me}), or to nobody (null). */
    @PUT
    @Path("{caseId}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
    public CaseView assign(
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "a JSON body with assigneeId is required") AssigneeRequest request) {
        Account staff = signedIn.get();
        long id = id(caseId);
        Long assignee = request.assigneeId() == null || request.assigneeId().isBlank()
                ? null
                : "me".equalsIgnoreCase(request.assigneeId().strip())
                        ? staff.id()
                        : Parameters.id(request.assigneeId().strip())
                                .orElseThrow(() -> new SupportException(Reason.INVALID_ASSIGNEE, request.assigneeId()));
        cases.assign(staff, id, assignee, request.caseVersion());
        return CaseView.of(cases.get(staff, id));
    }

    /** The desk resolves, closes or reopens the case: 409 {@code support.invalid-state-change} where it cannot go. */
    @PUT
    @Path("{caseId}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
    public CaseView changeState(
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "a JSON body with state is required") StateRequest request) {
        Account staff = signedIn.get();
        long id = id(caseId);
        cases.changeState(staff, id, CaseState.parse(request.state()), request.caseVersion());
        return CaseView.of(cases.get(staff, id));
    }

    /**
     * The desk cancels the case's booking, whatever the event's policy: a paid booking is refunded
     * in full, the customer told. Recorded on the case and in the audit trail.
     */
    @POST
    @Path("{caseId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
    public ActionResultView cancel(
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "a JSON body with caseVersion is required") CaseActionRequest request) {
        Account staff = signedIn.get();
        long id = id(caseId);
        var acted = cases.cancelBooking(staff, id, request.caseVersion(), request.answer(), client.value());
        return ActionResultView.of(acted, cases.get(staff, id));
    }

    /**
     * The desk gives money back from the case's booking, in full or in part, as an admin's refund
     * (the same refusals: 422 for tickets not of the booking or more than is left, 409 for a booking
     * not confirmed). Once per case version: two desk members at once never both refund.
     */
    @POST
    @Path("{caseId}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
    public ActionResultView refund(
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "a JSON body with caseVersion and ticketIds and/or an amount is required")
                    CaseRefundRequest request) {
        Account staff = signedIn.get();
        long id = id(caseId);
        Parameters parameters = new Parameters();
        BigDecimal amount = parameters.amount("amount", request.amount());
        List<Long> tickets = request.ticketIds() == null
                ? List.of()
                : request.ticketIds().stream()
                        .map(text -> parameters.idFilter("ticketIds", text == null ? "-" : text))
                        .toList();
        parameters.check();
        var acted = cases.refund(staff, id, request.caseVersion(), tickets, amount, request.answer(), client.value());
        return ActionResultView.of(acted, cases.get(staff, id));
    }

    /** The desk sends the booking's confirmation with its tickets to the customer again. */
    @POST
    @Path("{caseId}/ticket-resend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
    public ActionResultView resendTickets(
            @PathParam("caseId") String caseId,
            @Valid @NotNull(message = "a JSON body with caseVersion is required") CaseActionRequest request) {
        Account staff = signedIn.get();
        long id = id(caseId);
        var acted = cases.resendTickets(staff, id, request.caseVersion(), request.answer(), client.value());
        return ActionResultView.of(acted, cases.get(staff, id));
    }

    private static long id(String caseId) {
        return Parameters.id(caseId).orElseThrow(() -> new SupportException(Reason.UNKNOWN, caseId));
    }

    /** Whose cases {@code GET /support/cases} lists. */
    enum Scope {
        MINE,
        ALL
    }
}
