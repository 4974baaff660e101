package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.catalog.EventView;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.BusinessException;

/**
 * The event page: details, the venue, the time in the venue's zone (the browser adds the viewer's
 * own when it differs), the booking rules (cancellation, a per-customer limit), the ticket types
 * with what is left, refreshed while the page is open, and the seat map (drawn in the browser from
 * {@code GET /api/v1/events/{id}/seat-map}).
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A ticket type as the page lists it (EL 5 reads getters, not record components). */
    public static final class TicketRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String price;
        private final boolean seated;
        private long available;

        TicketRow(TicketType type, Locale locale, long available) {
            this.id = type.id();
            this.name = type.name();
            this.price = HomeBacking.format(type.price(), locale);
            this.seated = type.isSeated();
            this.available = available;
        }

        public String getName() {
            return name;
        }

        public String getPrice() {
            return price;
        }

        public boolean isSeated() {
            return seated;
        }

        public long getAvailable() {
            return available;
        }

        public boolean isSoldOut() {
            return available <= 0;
        }
    }

    @Inject
    transient Catalog catalog;

    private String id;
    private long eventId;
    private String title;
    private String description;
    private String category;
    private String venue;
    private String address;
    private String startsAt;
    private String endsAt;
    private String zone;
    private String route;
    private String imageUrl;
    private String startsAtInstant;
    private boolean seated;
    private Integer maxPerCustomer;
    private Integer cancellationHours;
    private List<TicketRow> ticketTypes = List.of();

    /** Loads the event named by the {@code id} parameter; anything but a published event is a 404. */
    public void load() throws IOException {
        Optional<Long> parsed = Parameters.id(id);
        Event event;
        try {
            event = catalog.getPublishedEvent(parsed.orElseThrow(() -> new IOException("not an id")));
        } catch (BusinessException | IOException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale);
        eventId = event.id();
        title = event.title();
        description = event.description();
        category = event.category().name();
        venue = event.venue().name() + ", " + event.venue().city();
        address = event.venue().address();
        ZonedDateTime start = event.startsAt();
        startsAt = start.format(format);
        endsAt = event.endsAt().format(format);
        if (!event.endZone().equals(start.getZone())) {
            // a journey arriving in another zone: its arrival is the local time there
            endsAt += " (" + event.endZone().getDisplayName(TextStyle.FULL, locale) + ")";
        }
        imageUrl = EventView.imageUrl(event);
        route = event.journey()
                .map(journey -> journey.origin() + " → " + journey.destination())
                .orElse(null);
        zone = start.getZone().getDisplayName(TextStyle.FULL, locale) + " ("
                + start.getZone().getId() + ")";
        startsAtInstant = start.toInstant().toString();
        seated = event.ticketTypes().stream().anyMatch(TicketType::isSeated);
        maxPerCustomer = event.maxPerCustomer();
        cancellationHours = event.cancellationHours();
        Map<Long, Long> available = catalog.availability(eventId);
        ticketTypes = event.ticketTypes().stream()
                .map(type -> new TicketRow(type, locale, available.getOrDefault(type.id(), 0L)))
                .toList();
    }

    /** What is left now: the page polls this while it is open. */
    public void refresh() {
        Map<Long, Long> available = catalog.availability(eventId);
        ticketTypes.forEach(row -> row.available = available.getOrDefault(row.id, 0L));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    /** The address of the event's image under the API, or null without one. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** "Zürich → New York JFK" for a journey, else null. */
    public String getRoute() {
        return route;
    }

    public String getZone() {
        return zone;
    }

    public String getStartsAtInstant() {
        return startsAtInstant;
    }

    public boolean isSeated() {
        return seated;
    }

    /** The most tickets one customer may have of the event; null for no limit. */
    public Integer getMaxPerCustomer() {
        return maxPerCustomer;
    }

    /** Until how many hours before the start customers may cancel; null when they cannot. */
    public Integer getCancellationHours() {
        return cancellationHours;
    }

    public List<TicketRow> getTicketTypes() {
        return ticketTypes;
    }
}
