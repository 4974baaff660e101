package org.boxoffice.api.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.problem.InvalidParametersException;
import org.boxoffice.api.problem.Problem.FieldError;
import org.boxoffice.api.ticket.TicketsResource;
import org.boxoffice.booking.boundary.PaymentHistory;
import org.boxoffice.booking.boundary.PaymentHistoryException;
import org.boxoffice.booking.boundary.PaymentScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The transaction history: payments, newest first, each with its refunds, and a paid payment's
 * receipt as a PDF. One list serves three roles through {@code scope}: {@code mine} (a customer's
 * own payments), {@code organisation} (the payments of the organizer's organisation's events),
 * {@code all} (every payment, for admins). Without {@code scope} the token's highest role decides:
 * ADMIN lists all, ORGANIZER the organisation's, anyone else their own. A scope whose role the
 * token lacks is 403; an {@code eventId} that is not the organisation's (or not there) 404.
 */
@Path("v1/payments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.ADMIN_ROLE})
public class PaymentsResource {

    @Inject
    PaymentHistory history;

    @Inject
    SignedIn signedIn;

    /**
     * A page of payments ({@code page}, {@code size}) in the {@code scope}, optionally of one
     * event ({@code eventId}) and, in scope {@code all}, of one customer ({@code accountId}).
     */
    @GET
    public PageView<TransactionView> history(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("scope") String scope,
            @QueryParam("eventId") String eventId,
            @QueryParam("accountId") String accountId,
            @Context SecurityContext security) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        PaymentScope chosen = parameters.choice("scope", scope, PaymentScope.class, null);
        Long event = parameters.idFilter("eventId", eventId);
        Long account = parameters.idFilter("accountId", accountId);
        parameters.check();
        PaymentScope effective = chosen == null ? byRole(security) : chosen;
        if (account != null && effective != PaymentScope.ALL) {
            throw new InvalidParametersException(
                    List.of(new FieldError("accountId", "may only be given with scope=all (admins)")));
        }
        if (!security.isUserInRole(effective.role().name())) {
            throw new PaymentHistoryException(PaymentHistoryException.Reason.SCOPE_FORBIDDEN, effective.parameter());
        }
        boolean withAccount = effective == PaymentScope.ALL;
        return PageView.of(
                history.list(signedIn.get(), effective, event, account, pageNumber, pageSize),
                entry -> TransactionView.of(entry, withAccount));
    }

    /**
     * The receipt of a paid payment as a PDF, in the first language of {@code Accept-Language}
     * that receipts are printed in (English, German), else the customer's own: 404 for a payment
     * the token may not see (another customer's), 409 for one that took no money.
     */
    @GET
    @Path("{paymentId}/receipt.pdf")
    @Produces(TicketsResource.PDF)
    public Response receipt(
            @PathParam("paymentId") String paymentId, @Context HttpHeaders headers, @Context SecurityContext security) {
        long id = Parameters.id(paymentId)
                .orElseThrow(() -> new PaymentHistoryException(PaymentHistoryException.Reason.UNKNOWN, paymentId));
        List<PaymentScope> scopes = Arrays.stream(PaymentScope.values())
                .filter(scope -> security.isUserInRole(scope.role().name()))
                .toList();
        byte[] pdf = history.receipt(signedIn.get(), scopes, id, headers.getAcceptableLanguages());
        return TicketsResource.file(pdf, TicketsResource.PDF, "attachment", "receipt-payment-" + id + ".pdf");
    }

    /** The scope of a request without one: the token's highest role decides. */
    private static PaymentScope byRole(SecurityContext security) {
        if (security.isUserInRole(Role.ADMIN_ROLE)) {
            return PaymentScope.ALL;
        }
        if (security.isUserInRole(Role.ORGANIZER_ROLE)) {
            return PaymentScope.ORGANISATION;
        }
        return PaymentScope.MINE;
    }
}
