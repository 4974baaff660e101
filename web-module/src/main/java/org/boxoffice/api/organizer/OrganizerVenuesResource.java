package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.EntityTags;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.catalog.SeatMapView;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * What only the organizers of a venue read or change, beside the contract's operations under
 * {@code /api/v1/venues} (create a venue, add a section): the organisation's venues, one venue with
 * its {@code ETag}, its seat map and changes of its seats. Another organisation's venue answers
 * 404, as an unknown id does.
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

    @GET
    @Path("{venueId}")
    public VenueView venue(@PathParam("venueId") String venueId) {
        return VenueView.of(venues.get(organizer(), id(venueId)));
    }

    /** The venue's seat map: each seat free or blocked (never sold), with category and accessibility. */
    @GET
    @Path("{venueId}/seat-map")
    public SeatMapView seatMap(@PathParam("venueId") String venueId) {
        return SeatMapView.of(venues.seatMap(organizer(), id(venueId)));
    }

    /**
     * Changes seats' category, accessibility and whether they are ever sold; answers how many changed
     * and the venue's new version, also the {@code ETag} for the next change.
     */
    @POST
    @Path("{venueId}/seat-changes")
    @BodyLimit(bytes = SeatsRequest.MAX_BYTES)
    @Consumes(MediaType.APPLICATION_JSON)
    public SeatChangesView changeSeats(
            @PathParam("venueId") String venueId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body with seatIds, category, accessible and blocked is required")
                    SeatChangeRequest request) {
        OrganizerVenues.ChangedSeats changed = venues.changeSeats(
                organizer(),
                id(venueId),
                EntityTags.expected(ifMatch),
                request.seatIds(),
                request.category(),
                request.accessible(),
                request.blocked());
        return new SeatChangesView(changed.count(), changed.venueVersion());
    }

    private Account organizer() {
        return signedIn.get();
    }

    static long id(String venueId) {
        return Parameters.id(venueId).orElseThrow(() -> new UnknownVenueException(venueId));
    }
}
