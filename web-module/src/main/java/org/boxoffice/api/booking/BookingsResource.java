package org.boxoffice.api.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.HoldRequest;
import org.boxoffice.booking.boundary.UnknownBookingException;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A customer's bookings. {@code POST} holds seats and places for a while (201 with the HELD
 * booking; the same {@code Idempotency-Key} and request again: 200 with that same booking); a seat
 * taken or a type sold out is a 409 problem. Another customer's booking answers 404.
 */
@Path("v1/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.CUSTOMER_ROLE)
public class BookingsResource {

    /** A seat or ticket type id that cannot be ours: the boundary finds no such row. */
    private static final long NO_SUCH_ID = -1;

    @Inject
    Bookings bookings;

    @Inject
    SignedIn signedIn;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
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
        Bookings.Held held = bookings.hold(signedIn.get().id(), new HoldRequest(eventId, seats, items), idempotencyKey);
        BookingView view = BookingView.of(held.booking());
        if (held.repeated()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/v1/bookings/" + held.booking().id()))
                .entity(view)
                .build();
    }

    @GET
    @Path("{bookingId}")
    public BookingView booking(@PathParam("bookingId") String bookingId) {
        long id = Parameters.id(bookingId).orElseThrow(() -> new UnknownBookingException(bookingId));
        Booking booking = bookings.get(signedIn.get().id(), id);
        return BookingView.of(booking);
    }

    private static long idOrNone(String id) {
        return Parameters.id(id.strip()).orElse(NO_SUCH_ID);
    }
}
