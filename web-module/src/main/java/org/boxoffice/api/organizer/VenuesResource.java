package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.boxoffice.venue.boundary.Venues;
import org.boxoffice.venue.entity.Venue;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Venues at the API contract's addresses: anyone reads a venue with its sections; organizers
 * create venues and sections of their organisation, as under {@code /api/v1/organizer/venues}
 * (where the seat-map editing is).
 */
@Path("v1/venues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenuesResource {

    @Inject
    Venues venues;

    @Inject
    OrganizerVenues organizerVenues;

    @Inject
    SignedIn signedIn;

    /** A venue with its sections (name, seated or standing, capacity), for customers and integrators. */
    @GET
    @Path("{venueId}")
    public VenueView venue(@PathParam("venueId") String venueId) {
        long id = OrganizerVenuesResource.id(venueId);
        return VenueView.of(venues.find(id).orElseThrow(() -> new UnknownVenueException(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public Response create(
            @Valid @NotNull(message = "a JSON body with name, address, city and zoneId is required")
                    VenueRequest request) {
        Venue venue = organizerVenues.create(
                signedIn.get(), request.name(), request.address(), request.city(), request.zoneId());
        return Response.created(location(venue.id()))
                .entity(VenueView.of(venue))
                .build();
    }

    /** Generates a section of reserved seats, or adds a standing area, at one of the organisation's venues. */
    @POST
    @Path("{venueId}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public Response addSection(
            @PathParam("venueId") String venueId,
            @Valid
                    @NotNull(
                            message =
                                    "a JSON body with name and rows, seatsPerRow, category or standing and capacity is required")
                    SectionRequest request) {
        long id = OrganizerVenuesResource.id(venueId);
        return Response.created(location(id))
                .entity(OrganizerVenuesResource.addSection(organizerVenues, signedIn.get(), id, request))
                .build();
    }

    private static URI location(long venueId) {
        return URI.create("/api/v1/venues/" + venueId);
    }
}
