package org.boxoffice.api.organizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.catalog.SeatMapView;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventAvailability;
import org.boxoffice.catalog.boundary.EventEditing;
import org.boxoffice.catalog.boundary.EventImages;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventImage;
import org.boxoffice.catalog.entity.InvalidEventException;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The events of the signed-in organizer's organisation, drafts included: read, created, edited,
 * published and cancelled. Another organisation's event answers 404 as an unknown id does.
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

    /** A new draft at one of the organisation's venues; times are local to the venue. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @Valid @NotNull(message = "a JSON body with venueId, category, title, startsAt and endsAt is required")
                    EventRequest request) {
        long venue = Parameters.id(request.venueId()).orElseThrow(() -> new UnknownVenueException(request.venueId()));
        Event event = editing.createDraft(signedIn.get(), venue, request.category(), request.draft());
        return Response.created(location(event)).entity(view(event)).build();
    }

    /** Changes the event's fields; a published event's changes are kept (see {@code changes}). */
    @PUT
    @Path("{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizerEventView update(
            @PathParam("eventId") String eventId,
            @Valid @NotNull(message = "a JSON body with category, title, startsAt and endsAt is required")
                    EventUpdateRequest request) {
        return view(editing.update(signedIn.get(), id(eventId), request.category(), request.draft()));
    }

    /** A ticket type of a draft: seats of a section and/or seat category, or general admission of a capacity. */
    @POST
    @Path("{eventId}/ticket-types")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTicketType(
            @PathParam("eventId") String eventId,
            @Valid
                    @NotNull(
                            message =
                                    "a JSON body with name, amount, currency and sectionId, seatCategory or capacity is required")
                    TicketTypeRequest request) {
        TicketType type = editing.addTicketType(
                signedIn.get(),
                id(eventId),
                request.name(),
                new BigDecimal(request.amount()),
                request.currency(),
                section(request.sectionId()),
                request.seatCategory(),
                request.capacity());
        return Response.created(location(type.event()))
                .entity(view(type.event()))
                .build();
    }

    /** Puts a draft on sale; its inventory is created at once. */
    @POST
    @Path("{eventId}/publication")
    public OrganizerEventView publish(@PathParam("eventId") String eventId) {
        return view(editing.publish(signedIn.get(), id(eventId), client.value()));
    }

    @POST
    @Path("{eventId}/cancellation")
    public OrganizerEventView cancel(@PathParam("eventId") String eventId) {
        return view(editing.cancel(signedIn.get(), id(eventId), client.value()));
    }

    /** What was changed on the event since it was published, newest first. */
    @GET
    @Path("{eventId}/changes")
    public List<EventChangeView> changes(@PathParam("eventId") String eventId) {
        return editing.changes(signedIn.get(), id(eventId)).stream()
                .map(EventChangeView::of)
                .toList();
    }

    /**
     * Sets or replaces the event's image: the body is the PNG or JPEG itself (at most
     * boxoffice.catalog.image-max-bytes, 100 to 6,000 pixels a side), checked by its content.
     */
    @PUT
    @Path("{eventId}/image")
    @BodyLimit(setting = "boxoffice.catalog.image-max-bytes")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    public OrganizerEventView putImage(@PathParam("eventId") String eventId, InputStream body) throws IOException {
        long id = id(eventId);
        // read one byte past the limit at most: a huge body is refused without holding it all
        byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, images.maxBytes() + 1));
        return view(images.put(signedIn.get(), id, data));
    }

    @DELETE
    @Path("{eventId}/image")
    public Response removeImage(@PathParam("eventId") String eventId) {
        images.remove(signedIn.get(), id(eventId));
        return Response.noContent().build();
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

    /** A section id that is not a number names no section of the venue. */
    private static Long section(String sectionId) {
        if (sectionId == null || sectionId.isBlank()) {
            return null;
        }
        return Parameters.id(sectionId.strip())
                .orElseThrow(() -> new InvalidEventException(
                        "section " + sectionId + " is not a seated section of the event's venue"));
    }
}
