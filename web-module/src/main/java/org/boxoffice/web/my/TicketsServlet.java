package org.boxoffice.web.my;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.ticket.boundary.Tickets;
import org.boxoffice.ticket.control.TicketDocuments;

/**
 * The customer's tickets as files for the pages, which are signed in by their session (the API takes
 * tokens only): {@code ?ticket=} one ticket as a PDF, {@code ?ticket=&as=code} its code as a PNG to
 * show at the door (a QR code, or an Aztec code for a journey), {@code ?booking=} all tickets of a
 * booking as one PDF. Under /my/*, so only signed-in accounts reach it; another's ticket or
 * booking, an unknown one, and one without valid tickets are a 404.
 */
@WebServlet("/my/tickets")
public class TicketsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Tickets tickets;

    @Inject
    SignedIn signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> customer = signedIn.find();
        Optional<Long> ticket = Parameters.id(request.getParameter("ticket"));
        Optional<Long> booking = Parameters.id(request.getParameter("booking"));
        if (customer.isEmpty() || ticket.isPresent() == booking.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean code = "code".equals(request.getParameter("as"));
        if (code && ticket.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale language = TicketDocuments.language(Collections.list(request.getLocales()));
        byte[] data;
        String type = "application/pdf";
        String disposition = "attachment";
        String name;
        try {
            if (code) {
                data = tickets.code(customer.get().id(), ticket.get());
                type = "image/png";
                disposition = "inline";
                name = "ticket-" + ticket.get() + "-code.png";
            } else if (ticket.isPresent()) {
                data = tickets.pdf(customer.get().id(), ticket.get(), language);
                name = "ticket-" + ticket.get() + ".pdf";
            } else {
                data = tickets.pdfOfBooking(customer.get().id(), booking.get(), language);
                name = "booking-" + booking.get() + "-tickets.pdf";
            }
        } catch (BusinessException unknownOrVoid) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PersonalFiles.send(response, data, type, disposition, name);
    }
}
