package org.boxoffice.api.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.ticket.boundary.Tickets;
import org.boxoffice.ticket.boundary.UnknownTicketException;
import org.boxoffice.ticket.control.TicketDocuments;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A customer's own tickets as files: a ticket as a PDF to print or keep on the phone, and its code
 * as the QR code (an Aztec code for a journey) the door scans. Another customer's ticket answers
 * 404, as an unknown one does; a void ticket (its booking cancelled or refunded) 409. The PDF of all
 * tickets of a booking is {@code GET /api/v1/bookings/{bookingId}/tickets.pdf}.
 */
@Path("v1/tickets")
@ApplicationScoped
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.CUSTOMER_ROLE)
public class TicketsResource {

    public static final String PDF = "application/pdf";

    @Inject
    Tickets tickets;

    @Inject
    SignedIn signedIn;

    /** The ticket as a PDF of one page, in the first language of {@code Accept-Language} it is printed in. */
    @GET
    @Path("{ticketId}.pdf")
    @Produces(PDF)
    public Response ticketPdf(@PathParam("ticketId") String ticketId, @Context HttpHeaders headers) {
        long id = id(ticketId);
        byte[] pdf = tickets.pdf(signedIn.get().id(), id, language(headers));
        return file(pdf, PDF, "attachment", "ticket-" + id + ".pdf");
    }

    /** The ticket's code as a PNG: a QR code, or an Aztec code for a journey. */
    @GET
    @Path("{ticketId}/qr.png")
    @Produces("image/png")
    public Response ticketCode(@PathParam("ticketId") String ticketId) {
        long id = id(ticketId);
        return file(tickets.code(signedIn.get().id(), id), "image/png", "inline", "ticket-" + id + "-code.png");
    }

    /** The language the tickets are printed in for this request: English unless German is preferred. */
    public static java.util.Locale language(HttpHeaders headers) {
        return TicketDocuments.language(headers.getAcceptableLanguages());
    }

    /** A personal file: never kept by a cache, named for saving. */
    public static Response file(byte[] data, String type, String disposition, String name) {
        return Response.ok(data, type)
                .header("Content-Disposition", disposition + "; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static long id(String ticketId) {
        return Parameters.id(ticketId).orElseThrow(() -> new UnknownTicketException(ticketId));
    }
}
