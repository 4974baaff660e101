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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.EntityTags;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.problem.InvalidInputException;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.boxoffice.venue.boundary.Venues;
import org.boxoffice.venue.entity.Venue;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Venues at the API contract's addresses: anyone reads a venue with its sections; organizers
 * create venues and sections of their organisation here. Their venue list, seat maps and seat
 * changes are under {@code /api/v1/organizer/venues}. Answers about one venue carry its version as
 * {@code ETag}; changes take it as {@code If-Match} ({@link EntityTags}).
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

    @APIResponse(
            responseCode = "201",
            description = "The new venue; its version is the ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VenueView")))
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

    /**
     * Generates a section of reserved seats, or adds a standing area, at one of the organisation's
     * venues: 201 with the venue. With {@code If-Match}, only if the venue is still at that version
     * (412 otherwise).
     */
    @APIResponse(
            responseCode = "201",
            description = "The venue with its new section; its new version is the ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VenueView")))
    @POST
    @Path("{venueId}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public Response addSection(
            @PathParam("venueId") String venueId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid
                    @NotNull(
                            message =
                                    "a JSON body with name and rows, seatsPerRow, category or standing and capacity is required")
                    SectionRequest request) {
        long id = OrganizerVenuesResource.id(venueId);
        Long expected = EntityTags.expected(ifMatch);
        Account organizer = signedIn.get();
        if (request.standing()) {
            organizerVenues.addStandingSection(
                    organizer, id, expected, request.name(), required(request.capacity(), "capacity"));
        } else {
            organizerVenues.addSeatedSection(
                    organizer,
                    id,
                    expected,
                    request.name(),
                    required(request.rows(), "rows"),
                    required(request.seatsPerRow(), "seatsPerRow"),
                    request.category());
        }
        return Response.created(location(id))
                .entity(VenueView.of(organizerVenues.get(organizer, id)))
                .build();
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    private static URI location(long venueId) {
        return URI.create("/api/v1/venues/" + venueId);
    }
}
