package org.boxoffice.api.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.EntityTags;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.api.account.ActingClient;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.organizer.AvailabilityView;
import org.boxoffice.api.organizer.OrganizerEventView;
import org.boxoffice.api.problem.ConstraintViolationExceptionMapper;
import org.boxoffice.api.problem.InvalidInputException;
import org.boxoffice.api.problem.Problem;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventAvailability;
import org.boxoffice.catalog.boundary.EventDraft;
import org.boxoffice.catalog.boundary.EventEditing;
import org.boxoffice.catalog.boundary.EventImages;
import org.boxoffice.catalog.boundary.EventSearch;
import org.boxoffice.catalog.boundary.NewTicketType;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.boundary.SeatMaps;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventImage;
import org.boxoffice.catalog.entity.InvalidEventException;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Events at the API contract's addresses. Anyone searches events, reads one with its availability,
 * its seats, its image and a QR code; organizers create, change, publish and cancel their
 * organisation's events here, and read their sales. What only organizers read or change beside
 * that (their events with drafts, ticket types of a draft, images, held-back seats, kept changes)
 * is under {@code /api/v1/organizer/events}. Another organisation's event answers 404 to an
 * organizer, as an unknown id does. Answers about one event carry its version as {@code ETag};
 * changes take it as {@code If-Match} ({@link EntityTags}).
 */
@Path("v1/events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventImages images;

    @Inject
    Catalog catalog;

    @Inject
    SeatMaps seatMaps;

    @Inject
    EventEditing editing;

    @Inject
    OrganizerEvents organizerEvents;

    @Inject
    OrganizerVenues venues;

    @Inject
    SignedIn signedIn;

    @Inject
    ActingClient acting;

    @Inject
    EventAvailability availability;

    @Inject
    ClientAddress client;

    @Inject
    PortalAddress portal;

    @Inject
    Validator validator;

    @GET
    public PageView<EventSummaryView> search(
            @QueryParam("q") String text,
            @QueryParam("city") String city,
            @QueryParam("venue") String venue,
            @QueryParam("category") String category,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("minPrice") String minPrice,
            @QueryParam("maxPrice") String maxPrice,
            @QueryParam("available") String available,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        Optional<Long> venueId = Parameters.id(venue == null ? null : venue.strip());
        EventSearch search = new EventSearch(
                parameters.text("q", text, EventSearch.TEXT_MAX),
                parameters.exact("city", city),
                venueId.orElse(null),
                parameters.exact("category", category),
                parameters.instant("from", from),
                parameters.instant("to", to),
                parameters.amount("minPrice", minPrice),
                parameters.amount("maxPrice", maxPrice),
                parameters.flag("available", available),
                parameters.choice("sort", sort, EventSearch.Sort.class, EventSearch.Sort.DATE));
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        if (venue != null && !venue.isBlank() && venueId.isEmpty()) {
            // ids are opaque: one that is not ours names no venue, so nothing is there (as a path id
            // that is not ours is a 404, not a 400)
            return new PageView<>(List.of(), pageNumber, pageSize, 0, true);
        }
        return PageView.of(catalog.listings(search, pageNumber, pageSize), EventSummaryView::of);
    }

    @GET
    @Path("{eventId}")
    public EventView event(@PathParam("eventId") String eventId) {
        Event event = catalog.getPublishedEvent(id(eventId));
        return EventView.of(event, catalog.availability(event.id()));
    }

    /** A QR code of the event page's address, to print on posters. */
    @GET
    @Path("{eventId}/qr.png")
    @Produces("image/png")
    public Response shareCode(@PathParam("eventId") String eventId) {
        long id = id(eventId);
        String eventPage = portal.url() + "/event.xhtml?id=" + id;
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(catalog.shareCode(id, eventPage)).cacheControl(cache).build();
    }

    /**
     * The event's image (PNG or JPEG, checked at upload). Its address changes with each new image
     * ({@code imageUrl} in the event), so browsers and proxies may keep it for a day.
     */
    @GET
    @Path("{eventId}/image")
    @Produces({"image/png", "image/jpeg"})
    public Response image(@PathParam("eventId") String eventId) {
        EventImage image = images.ofPublicEvent(id(eventId));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(image.data(), image.contentType())
                .cacheControl(cache)
                .build();
    }

    /**
     * The event's seats as the contract writes them: sections, rows and seats with {@code status}
     * FREE, HELD, SOLD or BLOCKED (not for sale).
     */
    @GET
    @Path("{eventId}/seats")
    public Response seats(@PathParam("eventId") String eventId) {
        return Response.ok(SeatsView.of(seatMaps.ofPublishedEvent(id(eventId))))
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * A new draft with its ticket types, all or nothing: 201 DRAFT, with the organizer's view of it
     * (also at the {@code Location}, {@code /api/v1/organizer/events/{id}}, as drafts are not in the
     * public catalog) and its {@code ETag}.
     */
    @APIResponse(
            responseCode = "201",
            description = "The new draft, as its organizers see it; its version is the ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrganizerEventView")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public Response create(
            @NotNull(message = "a JSON body with venueId, categoryId, title, startsAt and endsAt is required")
                    EventRequest request) {
        validate(request, true);
        Account organizer = signedIn.get();
        long venueId = Parameters.id(request.venueId().strip())
                .orElseThrow(() -> new UnknownVenueException(request.venueId()));
        ZoneId zone = venues.get(organizer, venueId).zone();
        List<NewTicketType> types = request.ticketTypes() == null
                ? List.of()
                : request.ticketTypes().stream().map(EventsResource::ticketType).toList();
        Event event = editing.createDraft(organizer, venueId, categorySlug(request), draft(request, zone), types);
        return Response.created(URI.create("/api/v1/organizer/events/" + event.id()))
                .entity(OrganizerEventView.of(event, Map.of()))
                .build();
    }

    /**
     * Changes the event's details (all of them: a field left out takes its default); a published
     * event's changes are kept for its ticket holders, who are told of a new time or route. With
     * {@code If-Match}, only if the event is still at that version (412 otherwise).
     */
    @PUT
    @Path("{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public OrganizerEventView update(
            @PathParam("eventId") String eventId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body with categoryId, title, startsAt and endsAt is required")
                    EventRequest request) {
        validate(request, false);
        Account organizer = signedIn.get();
        Long expected = EntityTags.expected(ifMatch);
        Event event = organizerEvents.get(organizer, id(eventId));
        if (request.venueId() != null
                && !request.venueId()
                        .strip()
                        .equals(String.valueOf(event.venue().id()))) {
            throw new InvalidEventException("the venue of an event cannot change: its inventory is made of its seats");
        }
        if (request.ticketTypes() != null && !request.ticketTypes().isEmpty()) {
            throw new InvalidEventException(
                    "ticket types are added with POST /api/v1/organizer/events/" + event.id() + "/ticket-types");
        }
        return organizerView(editing.update(
                organizer,
                event.id(),
                expected,
                categorySlug(request),
                draft(request, event.venue().zone())));
    }

    /**
     * The contract's sales figures of an organizer's event: per ticket type, sold, held, available,
     * held back and the revenue of confirmed bookings.
     */
    @GET
    @Path("{eventId}/sales")
    @RolesAllowed({Role.ORGANIZER_ROLE, Scope.SALES_READ_SCOPE})
    @SecurityRequirement(name = "jwt")
    public AvailabilityView sales(@PathParam("eventId") String eventId) {
        long id = id(eventId);
        if (acting.find().isPresent()) {
            return AvailabilityView.of(id, availability.ofOrganisation(acting.organisation(), id));
        }
        return AvailabilityView.of(id, availability.of(signedIn.get(), id));
    }

    /** Puts a draft on sale; its inventory is created at once. */
    @POST
    @Path("{eventId}/publish")
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public OrganizerEventView publish(
            @PathParam("eventId") String eventId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return organizerView(
                editing.publish(signedIn.get(), id(eventId), EntityTags.expected(ifMatch), client.value()));
    }

    /** Cancels a draft or a published event for good; its bookings are refunded. */
    @POST
    @Path("{eventId}/cancel")
    @RolesAllowed(Role.ORGANIZER_ROLE)
    @SecurityRequirement(name = "jwt")
    public OrganizerEventView cancel(
            @PathParam("eventId") String eventId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return organizerView(editing.cancel(signedIn.get(), id(eventId), EntityTags.expected(ifMatch), client.value()));
    }

    private OrganizerEventView organizerView(Event event) {
        return OrganizerEventView.of(event, event.isPublished() ? catalog.availability(event.id()) : Map.of());
    }

    private String categorySlug(EventRequest request) {
        if (request.categoryId() != null && !request.categoryId().isBlank()) {
            return Parameters.id(request.categoryId().strip())
                    .flatMap(catalog::findCategory)
                    .map(Category::slug)
                    .orElseThrow(() -> new InvalidEventException("there is no category " + request.categoryId()));
        }
        return request.category();
    }

    /**
     * The request's fields against its constraints and the rules of the operation (a new draft
     * names its venue; every event its category), all mistakes reported together.
     */
    private void validate(EventRequest request, boolean creation) {
        List<Problem.FieldError> errors = new ArrayList<>();
        validator.validate(request).stream()
                .map(violation -> new Problem.FieldError(
                        ConstraintViolationExceptionMapper.field(violation), violation.getMessage()))
                .forEach(errors::add);
        if (creation && blank(request.venueId())) {
            errors.add(new Problem.FieldError("venueId", "is required"));
        }
        if (blank(request.categoryId()) && blank(request.category())) {
            errors.add(new Problem.FieldError("categoryId", "is required (or category, the category's slug)"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The request's times as local times at the venue (and a journey's arrival in its zone). */
    private static EventDraft draft(EventRequest request, ZoneId venueZone) {
        ZoneId arrivalZone = venueZone;
        if (request.arrivalZone() != null && !request.arrivalZone().isBlank()) {
            try {
                arrivalZone = ZoneId.of(request.arrivalZone().strip());
            } catch (DateTimeException e) {
                // the catalog names the unknown zone in its refusal
            }
        }
        return new EventDraft(
                request.title(),
                request.description(),
                local(request.startsAt(), venueZone, "startsAt"),
                local(request.endsAt(), arrivalZone, "endsAt"),
                local(request.salesStart(), venueZone, "salesStart"),
                local(request.salesEnd(), venueZone, "salesEnd"),
                request.maxPerOrder(),
                request.origin(),
                request.destination(),
                request.arrivalZone(),
                request.maxPerCustomer(),
                request.cancellationHours(),
                PaymentTermsInput.rate(request.vatRate()),
                request.paymentMethods());
    }

    /** A local date-time as given, or one with an offset as the local time it is in {@code zone}. */
    static LocalDateTime local(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor parsed =
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime withOffset
                    ? withOffset.atZoneSameInstant(zone).toLocalDateTime()
                    : (LocalDateTime) parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " " + text.strip() + " is not a date and time that exists");
        }
    }

    /** The ticket type a request describes, for a new draft or one added to a draft. */
    public static NewTicketType ticketType(TicketTypeRequest type) {
        return new NewTicketType(
                type.name(),
                new BigDecimal(type.price().amount()),
                type.price().currency(),
                section(type.sectionId()),
                type.seatCategory(),
                type.capacity());
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

    private static long id(String eventId) {
        return Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
    }
}
