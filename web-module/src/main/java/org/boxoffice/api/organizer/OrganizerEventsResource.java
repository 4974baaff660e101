package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The events of the signed-in organizer's organisation, drafts included. Another organisation's
 * event answers 404 as an unknown id does.
 */
@Path("v1/organizer/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class OrganizerEventsResource {

    @Inject
    OrganizerEvents events;

    @Inject
    Catalog catalog;

    @Inject
    SignedIn signedIn;

    @GET
    public PageView<OrganizerEventSummaryView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(events.list(signedIn.get(), pageNumber, pageSize), OrganizerEventSummaryView::of);
    }

    @GET
    @Path("{eventId}")
    public OrganizerEventView event(@PathParam("eventId") String eventId) {
        long id = Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
        Event event = events.get(signedIn.get(), id);
        return OrganizerEventView.of(event, catalog.availability(event.id()));
    }
}
