package org.boxoffice.web.organizer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.EventImages;
import org.boxoffice.catalog.entity.EventImage;
import org.boxoffice.platform.BusinessException;

/**
 * The image of one of the organisation's events, drafts included, for the editor page, which is
 * signed in by its session (the API takes tokens only). Under /organizer/*, so only organizers
 * reach it; another organisation's event, or one without an image, is a 404.
 */
@WebServlet("/organizer/event-image")
public class EventImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventImages images;

    @Inject
    SignedIn signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> organizer = signedIn.find();
        Optional<Long> event = Parameters.id(request.getParameter("event"));
        if (organizer.isEmpty() || event.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EventImage image;
        try {
            image = images.ofOwnEvent(organizer.get(), event.get());
        } catch (BusinessException unknownOrNone) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.contentType());
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(image.data().length);
        response.getOutputStream().write(image.data());
    }
}
