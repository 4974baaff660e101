package org.boxoffice.api.booking;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.boxoffice.account.boundary.ApiClients;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.ActingClient;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.ticket.TicketsResource;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.Checkout;
import org.boxoffice.booking.boundary.HoldRequest;
import org.boxoffice.booking.boundary.UnknownBookingException;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.ticket.boundary.Tickets;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A customer's bookings. {@code POST} holds seats and places for a while (201 with the HELD
 * booking; the same {@code Idempotency-Key} and request again: 200 with that same booking); a seat
 * taken or a type sold out is a 409 problem. Then the booking is paid ({@code /payment}) or
 * cancelled ({@code /cancel}). Another customer's booking answers 404. An API client with {@code
 * bookings:write} holds, reads, pays and cancels bookings for the customer it names in the header
 * {@code Boxoffice-Customer} (the booking is the customer's; the audit trail names the client); a
 * client of an organisation only for that organisation's events.
 */
@Path("v1/bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.CUSTOMER_ROLE)
public class BookingsResource {

    /** A seat or ticket type id that cannot be ours: the boundary finds no such row. */
    private static final long NO_SUCH_ID = -1;

    @Inject
    Bookings bookings;

    @Inject
    Checkout checkout;

    @Inject
    Tickets tickets;

    @Inject
    SignedIn signedIn;

    @Inject
    ActingClient acting;

    @Inject
    ApiClients clients;

    @Inject
    Catalog catalog;

    @Inject
    ClientAddress address;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CUSTOMER_ROLE, Scope.BOOKINGS_WRITE_SCOPE})
    public Response hold(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "a JSON body with eventId and seats or items is required")
                    BookingRequest request) {
        long eventId = Parameters.id(request.eventId().strip())
                .orElseThrow(() -> new UnknownEventException(request.eventId()));
        List<Long> seats = request.seats() == null
                ? List.of()
                : request.seats().stream().map(BookingsResource::idOrNone).toList();
        List<HoldRequest.Item> items = request.items() == null
                ? List.of()
                : request.items().stream()
                        .map(item -> new HoldRequest.Item(idOrNone(item.ticketTypeId()), item.quantity()))
                        .toList();
        HoldRequest.Item best = request.bestAvailable() == null
                ? null
                : new HoldRequest.Item(
                        idOrNone(request.bestAvailable().ticketTypeId()),
                        request.bestAvailable().quantity());
        if (acting.find().isPresent()) {
            catalog.findEvent(eventId).ifPresent(event -> acting.mayReach(event.organisationId()));
        }
        Bookings.Held held =
                bookings.hold(signedIn.get().id(), new HoldRequest(eventId, seats, items, best), idempotencyKey);
        BookingView view = BookingView.of(held.booking());
        if (held.repeated()) {
            return Response.ok(view).build();
        }
        audit("held booking " + held.booking().id() + " of event " + eventId);
        return Response.created(URI.create("/api/v1/bookings/" + held.booking().id()))
                .entity(view)
                .build();
    }

    /** The customer's bookings, newest first ({@code page} from 1, {@code size} 1 to 100, 20 by default). */
    @GET
    public PageView<BookingView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(bookings.list(signedIn.get().id(), pageNumber, pageSize), BookingView::of);
    }

    @GET
    @Path("{bookingId}")
    @RolesAllowed({Role.CUSTOMER_ROLE, Scope.BOOKINGS_WRITE_SCOPE})
    public BookingView booking(@PathParam("bookingId") String bookingId) {
        long id = id(bookingId);
        long account = signedIn.get().id();
        Bookings.Detail detail = bookings.detail(account, id);
        if (acting.find().isPresent()) {
            reach(detail);
        }
        return BookingView.of(detail.booking(), detail.tickets());
    }

    /**
     * Pays a held booking through the payment provider; a free booking is confirmed without a
     * body. 200 with the attempt ({@code payment}: SUCCEEDED, DECLINED, REQUIRES_ACTION) and the
     * booking (CONFIRMED with its tickets once paid). With {@code "confirm": "browser"} the
     * provider's form in the customer's browser confirms it: REQUIRES_ACTION with the client secret.
     */
    @POST
    @Path("{bookingId}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CUSTOMER_ROLE, Scope.BOOKINGS_WRITE_SCOPE})
    public PaymentResultView pay(@PathParam("bookingId") String bookingId, @Valid PaymentRequest request) {
        long account = signedIn.get().id();
        reachAsClient(account, id(bookingId));
        Checkout.Paid paid = checkout.pay(account, id(bookingId), request == null ? null : request.details());
        audit("paid booking " + paid.booking().id() + ": " + paid.booking().status());
        return PaymentResultView.of(paid);
    }

    /** Answers the provider's challenge of a payment that requires action (3-D Secure, PayPal approval). */
    @POST
    @Path("{bookingId}/payment/challenge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CUSTOMER_ROLE, Scope.BOOKINGS_WRITE_SCOPE})
    public PaymentResultView answer(
            @PathParam("bookingId") String bookingId,
            @Valid @NotNull(message = "a JSON body with the answer is required") ChallengeAnswer answer) {
        long account = signedIn.get().id();
        reachAsClient(account, id(bookingId));
        return PaymentResultView.of(
                checkout.complete(account, id(bookingId), answer.answer().strip()));
    }

    /**
     * Cancels the booking: a hold at any time, a confirmed booking within the event's policy (paid:
     * refunded). The booking as it is then.
     */
    @POST
    @Path("{bookingId}/cancel")
    @RolesAllowed({Role.CUSTOMER_ROLE, Scope.BOOKINGS_WRITE_SCOPE})
    public BookingView cancel(@PathParam("bookingId") String bookingId) {
        reachAsClient(signedIn.get().id(), id(bookingId));
        Bookings.Detail cancelled = checkout.cancel(signedIn.get().id(), id(bookingId));
        audit("cancelled booking " + cancelled.booking().id());
        return BookingView.of(cancelled.booking(), cancelled.tickets());
    }

    /**
     * All valid tickets of a confirmed booking as one PDF, a page each, in the first language of
     * {@code Accept-Language} they are printed in; 409 {@code ticket.none-valid} for a booking
     * without (not confirmed, cancelled, refunded).
     */
    @GET
    @Path("{bookingId}/tickets.pdf")
    @Produces(TicketsResource.PDF)
    public Response ticketsPdf(@PathParam("bookingId") String bookingId, @Context HttpHeaders headers) {
        long id = id(bookingId);
        byte[] pdf = tickets.pdfOfBooking(signedIn.get().id(), id, TicketsResource.language(headers));
        return TicketsResource.file(pdf, TicketsResource.PDF, "attachment", "booking-" + id + "-tickets.pdf");
    }

    /** An API client of an organisation reaches only bookings of that organisation's events. */
    private void reachAsClient(long account, long bookingId) {
        if (acting.find().isPresent()) {
            reach(bookings.detail(account, bookingId));
        }
    }

    private void reach(Bookings.Detail detail) {
        acting.mayReach(catalog.findEvent(detail.booking().eventId()).flatMap(Event::organisationId));
    }

    /** What an API client did for the customer, in the audit trail. */
    private void audit(String what) {
        acting.find()
                .ifPresent(client -> clients.actedFor(
                        client.clientId(), signedIn.get().id(), what + " for the customer", address.value()));
    }

    private static long id(String bookingId) {
        return Parameters.id(bookingId).orElseThrow(() -> new UnknownBookingException(bookingId));
    }

    private static long idOrNone(String id) {
        return Parameters.id(id.strip()).orElse(NO_SUCH_ID);
    }
}
