package org.boxoffice.api.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.ticket.boundary.Admissions;
import org.boxoffice.ticket.boundary.Doorkeeper;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The check-in figures of an event of the organizer's organisation (another's: 404). */
@Path("v1/organizer/events/{eventId}/checkins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class CheckinFiguresResource {

    @Inject
    Admissions admissions;

    @Inject
    SignedIn signedIn;

    @GET
    @Path("summary")
    public CheckinFiguresView summary(@PathParam("eventId") String eventId) {
        return CheckinFiguresView.of(
                admissions.figures(new Doorkeeper.Staff(signedIn.get()), ScannerTokensResource.eventId(eventId)));
    }
}
