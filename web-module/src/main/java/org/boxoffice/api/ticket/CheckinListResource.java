package org.boxoffice.api.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.Parameters;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.ticket.boundary.Admissions;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The check-in list of an event, for scanners that work offline: read whole, a page at a time, by
 * ticket id: {@code after} is the {@code next} of the page before (none for the first), {@code size}
 * 1 to 10,000 tickets (5,000 unless given). For admins, the organizers of the event's organisation
 * and scanner tokens of the event (another event's: 403).
 */
@Path("v1/events/{eventId}/checkin-list")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.ADMIN_ROLE, Role.ORGANIZER_ROLE, Role.SCANNER_ROLE, Scope.CHECKINS_WRITE_SCOPE})
public class CheckinListResource {

    @Inject
    Admissions admissions;

    @Inject
    Door door;

    @GET
    public Response checkinList(
            @PathParam("eventId") String eventId,
            @QueryParam("after") String after,
            @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        Parameters parameters = new Parameters();
        long from = parameters.after("after", after);
        int pageSize = parameters.integer("size", size, Admissions.LIST_DEFAULT, 1, Admissions.LIST_MAX);
        parameters.check();
        long event = Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(CheckinListView.of(
                        admissions.list(door.keeper(), event, from, pageSize, CheckinsResource.language(headers))))
                .cacheControl(noStore)
                .build();
    }
}
