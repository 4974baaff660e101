package org.boxoffice.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.boxoffice.api.Parameters;
import org.boxoffice.catalog.boundary.SeatMaps;
import org.boxoffice.catalog.boundary.UnknownEventException;

/** The seat map of a published event with each seat's state, for the event page and integrators. */
@Path("v1/events/{eventId}/seat-map")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeatMapsResource {

    @Inject
    SeatMaps seatMaps;

    @GET
    public Response seatMap(@PathParam("eventId") String eventId) {
        long id = Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
        CacheControl states = new CacheControl();
        // seats change state with every booking: a cached map would show sold seats as free
        states.setNoStore(true);
        return Response.ok(SeatMapView.of(seatMaps.ofPublishedEvent(id)))
                .cacheControl(states)
                .build();
    }
}
