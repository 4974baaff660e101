package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.EntityTags;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.catalog.EventsResource;
import org.boxoffice.api.catalog.SeatMapView;
import org.boxoffice.api.catalog.TicketTypeRequest;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventAvailability;
import org.boxoffice.catalog.boundary.EventEditing;
import org.boxoffice.catalog.boundary.EventImages;
import org.boxoffice.catalog.boundary.NewTicketType;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventImage;
import org.boxoffice.catalog.entity.TicketType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * What only the organizers of an event read or change, beside the contract's operations under
 * {@code /api/v1/events} (create, change, publish, cancel, sales): the organisation's events with
 * their drafts, one event as its organizers see it (with its {@code ETag}), ticket types of a
 * draft, the image, the kept changes, availability, the seat map and held-back seats. Another
 * organisation's event answers 404 as an unknown id does.
 */
@Path("v1/organizer/events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ORGANIZER_ROLE)
public class OrganizerEventsResource {

    @Inject
    OrganizerEvents events;

    @Inject
    Catalog catalog;

    @Inject
    EventEditing editing;

    @Inject
    EventAvailability availability;

    @Inject
    EventImages images;

    @Inject
    SignedIn signedIn;

    @Inject
    ClientAddress client;

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
        return view(events.get(signedIn.get(), id(eventId)));
    }

    /** A ticket type of a draft: seats of a section and/or seat category, or general admission of a capacity. */
    @APIResponse(
            responseCode = "201",
            description = "The draft with its new ticket type; its new version is the ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrganizerEventView")))
    @POST
    @Path("{eventId}/ticket-types")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTicketType(
            @PathParam("eventId") String eventId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid
                    @NotNull(
                            message =
                                    "a JSON body with name, price and sectionId, seatCategory or capacity is required")
                    TicketTypeRequest request) {
        Long expected = EntityTags.expected(ifMatch);
        NewTicketType type = EventsResource.ticketType(request);
        TicketType added = editing.addTicketType(
                signedIn.get(),
                id(eventId),
                expected,
                type.name(),
                type.amount(),
                type.currency(),
                type.sectionId(),
                type.seatCategory(),
                type.capacity());
        return Response.created(location(added.event()))
                .entity(view(added.event()))
                .build();
    }

    /** What was changed on the event since it was published, newest first. */
    @GET
    @Path("{eventId}/changes")
    public PageView<EventChangeView> changes(
            @PathParam("eventId") String eventId, @QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.ofAll(editing.changes(signedIn.get(), id(eventId)), pageNumber, pageSize, EventChangeView::of);
    }

    /**
     * Sets or replaces the event's image: the body is the PNG or JPEG itself (at most
     * boxoffice.catalog.image-max-bytes, 100 to 6,000 pixels a side), checked by its content.
     */
    @PUT
    @Path("{eventId}/image")
    @BodyLimit(setting = "boxoffice.catalog.image-max-bytes")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    public OrganizerEventView putImage(
            @PathParam("eventId") String eventId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body)
            throws IOException {
        long id = id(eventId);
        Long expected = EntityTags.expected(ifMatch);
        // read one byte past the limit at most: a huge body is refused without holding it all
        byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, images.maxBytes() + 1));
        return view(images.put(signedIn.get(), id, expected, data));
    }

    @DELETE
    @Path("{eventId}/image")
    public Response removeImage(
            @PathParam("eventId") String eventId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Event event = images.remove(signedIn.get(), id(eventId), EntityTags.expected(ifMatch));
        return Response.noContent().tag(EntityTags.of(event.version())).build();
    }

    /** The event's image for its organizers, drafts included. */
    @GET
    @Path("{eventId}/image")
    @Produces({"image/png", "image/jpeg"})
    public Response image(@PathParam("eventId") String eventId) {
        EventImage image = images.ofOwnEvent(signedIn.get(), id(eventId));
        return Response.ok(image.data(), image.contentType())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Each ticket type's capacity, what is left, held, sold and held back; empty for a draft. */
    @GET
    @Path("{eventId}/availability")
    public AvailabilityView availability(@PathParam("eventId") String eventId) {
        long id = id(eventId);
        return AvailabilityView.of(id, availability.of(signedIn.get(), id));
    }

    /**
     * The event's seat map for its organizers: as customers see it, but seats held back are {@code W}
     * (withheld) rather than {@code B}. A draft's map is the venue's.
     */
    @GET
    @Path("{eventId}/seat-map")
    public Response seatMap(@PathParam("eventId") String eventId) {
        return Response.ok(SeatMapView.forOrganizer(availability.seatMap(signedIn.get(), id(eventId))))
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Holds free seats of a published event back from sale (guests, press, a camera), all or none:
     * a seat that is not free answers 409 naming the seats.
     */
    @POST
    @Path("{eventId}/withheld-seats")
    @BodyLimit(bytes = SeatsRequest.MAX_BYTES)
    @Consumes(MediaType.APPLICATION_JSON)
    public AvailabilityView withhold(
            @PathParam("eventId") String eventId,
            @Valid @NotNull(message = "a JSON body with seatIds is required") SeatsRequest request) {
        long id = id(eventId);
        availability.withhold(signedIn.get(), id, request.seatIds(), client.value());
        return AvailabilityView.of(id, availability.of(signedIn.get(), id));
    }

    /** Puts seats held back on sale again, all or none: a seat not held back answers 409. */
    @POST
    @Path("{eventId}/released-seats")
    @BodyLimit(bytes = SeatsRequest.MAX_BYTES)
    @Consumes(MediaType.APPLICATION_JSON)
    public AvailabilityView release(
            @PathParam("eventId") String eventId,
            @Valid @NotNull(message = "a JSON body with seatIds is required") SeatsRequest request) {
        long id = id(eventId);
        availability.release(signedIn.get(), id, request.seatIds(), client.value());
        return AvailabilityView.of(id, availability.of(signedIn.get(), id));
    }

    private OrganizerEventView view(Event event) {
        // a draft has no inventory yet, a cancelled event sells nothing
        Map<Long, Long> available = event.isPublished() ? catalog.availability(event.id()) : Map.of();
        return OrganizerEventView.of(event, available);
    }

    private static URI location(Event event) {
        return URI.create("/api/v1/organizer/events/" + event.id());
    }

    private static long id(String eventId) {
        return Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
    }
}
