package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.account.entity.Role;
import org.boxoffice.analytics.boundary.OrganizerAnalytics;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The analytics of the signed-in organizer's organisation: sales and revenue per day beside the
 * period before, sell-through, attendance and buyers' cities. Another organisation's event
 * answers 404 as an unknown id does.
 */
@Path("v1/organizer/analytics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class OrganizerAnalyticsResource {

    @Inject
    OrganizerAnalytics analytics;

    @Inject
    SignedIn signedIn;

    /**
     * The days {@code from} to {@code to} (both included, as 2026-12-06, in the organisation's
     * zone; by default the 30 days up to today; at most 366 days) of all the organisation's events,
     * or of the event {@code eventId}.
     */
    @GET
    public AnalyticsView analytics(
            @QueryParam("eventId") String eventId, @QueryParam("from") String from, @QueryParam("to") String to) {
        Parameters parameters = new Parameters();
        Long event = parameters.idFilter("eventId", eventId);
        String first = parameters.exact("from", from);
        String last = parameters.exact("to", to);
        parameters.check();
        return AnalyticsView.of(analytics.of(signedIn.get().id(), null, event, first, last));
    }
}
