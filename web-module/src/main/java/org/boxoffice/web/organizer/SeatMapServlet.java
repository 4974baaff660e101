package org.boxoffice.web.organizer;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.catalog.SeatMapView;
import org.boxoffice.catalog.boundary.EventAvailability;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.venue.boundary.OrganizerVenues;

/**
 * The seat map of one of the organisation's venues ({@code ?venue=}) or events ({@code ?event=}) for
 * the organizer pages, which are signed in by their session: the API takes tokens only. Under
 * /organizer/*, so only organizers reach it; the same JSON as {@code GET
 * /api/v1/organizer/venues/{id}/seat-map} and {@code GET /api/v1/organizer/events/{id}/seat-map}.
 */
@WebServlet("/organizer/seat-map")
public class SeatMapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    OrganizerVenues venues;

    @Inject
    EventAvailability events;

    @Inject
    SignedIn signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> organizer = signedIn.find();
        Optional<Long> venue = Parameters.id(request.getParameter("venue"));
        Optional<Long> event = Parameters.id(request.getParameter("event"));
        if (organizer.isEmpty() || (venue.isEmpty() && event.isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String json;
        try {
            json = JSONB.toJson(
                    event.isPresent()
                            ? SeatMapView.forOrganizer(events.seatMap(organizer.get(), event.get()))
                            : SeatMapView.of(venues.seatMap(organizer.get(), venue.get())));
        } catch (BusinessException unknownOrOthers) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }
}
