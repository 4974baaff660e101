package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.catalog.SeatMapView;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.boxoffice.venue.entity.InvalidVenueException;
import org.boxoffice.venue.entity.Venue;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The venues of the signed-in organizer's organisation and their seat maps. Another
 * organisation's venue answers 404, as an unknown id does.
 */
@Path("v1/organizer/venues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class OrganizerVenuesResource {

    @Inject
    OrganizerVenues venues;

    @Inject
    SignedIn signedIn;

    @GET
    public PageView<VenueView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(venues.list(organizer(), pageNumber, pageSize), VenueView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @Valid @NotNull(message = "a JSON body with name, address, city and zoneId is required")
                    VenueRequest request) {
        Venue venue = venues.create(organizer(), request.name(), request.address(), request.city(), request.zoneId());
        return Response.created(URI.create("/api/v1/organizer/venues/" + venue.id()))
                .entity(VenueView.of(venue))
                .build();
    }

    @GET
    @Path("{venueId}")
    public VenueView venue(@PathParam("venueId") String venueId) {
        return VenueView.of(venues.get(organizer(), id(venueId)));
    }

    /** Generates a section of reserved seats, or adds a standing area. */
    @POST
    @Path("{venueId}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSection(
            @PathParam("venueId") String venueId,
            @Valid
                    @NotNull(
                            message =
                                    "a JSON body with name and rows, seatsPerRow, category or standing and capacity is required")
                    SectionRequest request) {
        long id = id(venueId);
        return Response.created(URI.create("/api/v1/organizer/venues/" + id))
                .entity(addSection(venues, organizer(), id, request))
                .build();
    }

    /** Adds the section the request describes; also for the contract's {@code /api/v1/venues}. */
    static VenueView addSection(OrganizerVenues venues, Account organizer, long venueId, SectionRequest request) {
        if (request.standing()) {
            venues.addStandingSection(organizer, venueId, request.name(), orZero(request.capacity(), "capacity"));
        } else {
            venues.addSeatedSection(
                    organizer,
                    venueId,
                    request.name(),
                    orZero(request.rows(), "rows"),
                    orZero(request.seatsPerRow(), "seats"),
                    request.category());
        }
        return VenueView.of(venues.get(organizer, venueId));
    }

    /** The venue's seat map: each seat free or blocked (never sold), with category and accessibility. */
    @GET
    @Path("{venueId}/seat-map")
    public SeatMapView seatMap(@PathParam("venueId") String venueId) {
        return SeatMapView.of(venues.seatMap(organizer(), id(venueId)));
    }

    /** Changes seats' category, accessibility and whether they are ever sold; answers how many changed. */
    @POST
    @Path("{venueId}/seat-changes")
    @BodyLimit(bytes = SeatsRequest.MAX_BYTES)
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject changeSeats(
            @PathParam("venueId") String venueId,
            @Valid @NotNull(message = "a JSON body with seatIds, category, accessible and blocked is required")
                    SeatChangeRequest request) {
        int changed = venues.changeSeats(
                organizer(),
                id(venueId),
                request.seatIds(),
                request.category(),
                request.accessible(),
                request.blocked());
        return Json.createObjectBuilder().add("changed", changed).build();
    }

    private Account organizer() {
        return signedIn.get();
    }

    static long id(String venueId) {
        return Parameters.id(venueId).orElseThrow(() -> new UnknownVenueException(venueId));
    }

    private static int orZero(Integer value, String rule) {
        if (value == null) {
            throw new InvalidVenueException(rule);
        }
        return value;
    }
}
