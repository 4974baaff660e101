package org.boxoffice.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventImages;
import org.boxoffice.catalog.boundary.EventSearch;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventImage;

/** The public catalog: search events, read one with its availability, get its QR code. */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventImages images;

    @Inject
    Catalog catalog;

    @Inject
    PortalAddress portal;

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
                text,
                city,
                venueId.orElse(null),
                category,
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
            return new PageView<>(List.of(), pageNumber, pageSize, 0);
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

    private static long id(String eventId) {
        return Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
    }
}
