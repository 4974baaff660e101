package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.payment.RefundView;
import org.boxoffice.booking.boundary.Checkout;
import org.boxoffice.booking.boundary.UnknownBookingException;
import org.boxoffice.payment.boundary.Charges;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Refunds of a booking, for admins (and the support desk): in full or in part, for tickets or an
 * amount, through the payment provider. Each refund needs an {@code Idempotency-Key}: the same key
 * again returns the first refund.
 */
@Path("v1/admin/bookings/{bookingId}/refunds")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminRefundsResource {

    @Inject
    Checkout checkout;

    @Inject
    Charges charges;

    @Inject
    SignedIn signedIn;

    @Inject
    ClientAddress client;

    /** The booking's refunds, oldest first. */
    @GET
    public List<RefundView> listRefunds(@PathParam("bookingId") String bookingId) {
        return charges.refundsOf(id(bookingId)).stream().map(RefundView::of).toList();
    }

    /**
     * Gives money back: 200 with the refund and the booking after it; 422 for tickets that are not
     * valid tickets of the booking or more than is left to refund; 409 for a booking that is not
     * confirmed; 503 when the provider does not answer (nothing changed: try again with the same key).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RefundResultView refund(
            @PathParam("bookingId") String bookingId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "a JSON body with ticketIds and/or an amount is required")
                    RefundRequest request) {
        Account admin = signedIn.get();
        List<Long> tickets = request.ticketIds() == null
                ? List.of()
                : request.ticketIds().stream().map(Long::parseLong).toList();
        BigDecimal amount = request.amount() == null ? null : new BigDecimal(request.amount());
        return RefundResultView.of(checkout.refund(
                admin.id(), admin.email(), id(bookingId), tickets, amount, idempotencyKey, client.value()));
    }

    private static long id(String bookingId) {
        return Parameters.id(bookingId).orElseThrow(() -> new UnknownBookingException(bookingId));
    }
}
