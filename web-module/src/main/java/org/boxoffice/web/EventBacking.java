package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.catalog.EventView;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.HoldRequest;
import org.boxoffice.booking.boundary.IdempotencyKeyException;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.BusinessException;

/**
 * The event page: details, the venue, the time in the venue's zone (the browser adds the viewer's
 * own when it differs), the booking rules (cancellation, a per-customer limit), the ticket types
 * with what is left, refreshed while the page is open, and the seat map (drawn in the browser from
 * {@code GET /api/v1/events/{id}/seat-map}).
 *
 * <p>A signed-in customer books here while the event is on sale: seats picked on the map, a number
 * of the best free seats of a seated type, or quantities of general-admission types. Each of the
 * three forms carries its own idempotency key, new with the page: a form sent twice (a double
 * click, a resent request) finds the booking its first sending made instead of booking again.
 * After the hold the browser goes on to the booking's page to pay.
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
        private Integer quantity;

        TicketRow(TicketType type, Locale locale, long available) {
            this.id = type.id();
            this.name = type.name();
            this.price = HomeBacking.format(type.price(), locale);
            this.seated = type.isSeated();
            this.available = available;
        }

        public long getId() {
            return id;
        }

        /** How many places of this general-admission type the customer asks for. */
        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
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

    @Inject
    transient Bookings bookings;

    @Inject
    transient SignedIn signedIn;

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
    private boolean onSale;
    private int maxPerOrder;
    private String seatPrices = "[]";

    private String selectedSeats;
    private Long bestTypeId;
    private Integer bestQuantity;
    private String seatsKey;
    private String bestKey;
    private String placesKey;

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
        onSale = event.isOnSaleAt(OffsetDateTime.now(ZoneOffset.UTC));
        maxPerOrder = event.maxPerOrder();
        seatPrices = seatPrices(event);
        bestTypeId = event.ticketTypes().stream()
                .filter(TicketType::isSeated)
                .map(TicketType::id)
                .findFirst()
                .orElse(null);
        seatsKey = newKey();
        bestKey = newKey();
        placesKey = newKey();
    }

    /**
     * Which seats each seated type sells and at what price, for the map to show the total of the
     * seats picked before they are held: a type sells the seats of its section (all sections when
     * it names none) and of its seat category (all when it names none). The booking's page shows
     * the total the platform charges.
     */
    private static String seatPrices(Event event) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        for (TicketType type : event.ticketTypes()) {
            if (!type.isSeated()) {
                continue;
            }
            JsonObjectBuilder json = Json.createObjectBuilder();
            if (type.section() != null) {
                json.add("section", String.valueOf(type.section().id()));
            } else {
                json.addNull("section");
            }
            if (type.seatCategory() != null) {
                json.add("category", type.seatCategory());
            } else {
                json.addNull("category");
            }
            types.add(json.add("amount", type.price().amount().toPlainString())
                    .add("currency", type.price().currency().getCurrencyCode()));
        }
        return types.build().toString();
    }

    /** Holds the seats picked on the map. */
    public String holdSeats() {
        List<Long> seats = seatIds(selectedSeats);
        if (seats.isEmpty()) {
            FacesMessages.error("booking.pickSeats");
            return null;
        }
        return hold(new HoldRequest(eventId, seats, List.of()), seatsKey, key -> seatsKey = key);
    }

    /** Holds the best free seats of the chosen seated type. */
    public String holdBestAvailable() {
        if (bestTypeId == null || bestQuantity == null || bestQuantity < 1) {
            FacesMessages.error("booking.chooseNumber");
            return null;
        }
        return hold(
                new HoldRequest(eventId, List.of(), List.of(), new HoldRequest.Item(bestTypeId, bestQuantity)),
                bestKey,
                key -> bestKey = key);
    }

    /** Holds the quantities asked for of the general-admission types. */
    public String holdPlaces() {
        List<HoldRequest.Item> items = new ArrayList<>();
        for (TicketRow row : ticketTypes) {
            if (!row.seated && row.quantity != null && row.quantity > 0) {
                items.add(new HoldRequest.Item(row.id, row.quantity));
            }
        }
        if (items.isEmpty()) {
            FacesMessages.error("booking.chooseQuantity");
            return null;
        }
        return hold(new HoldRequest(eventId, List.of(), items), placesKey, key -> placesKey = key);
    }

    /**
     * Holds, then goes on to the booking's page. A key already used for another request means the
     * form was sent again from an older page (the browser's back button after a hold): this is a
     * new request, so it gets a new key.
     */
    private String hold(HoldRequest request, String key, Consumer<String> newKey) {
        Optional<Account> account = signedIn.find();
        if (account.isEmpty()) {
            FacesMessages.error("booking.signInFirst");
            return null;
        }
        try {
            Bookings.Held held;
            try {
                held = bookings.hold(account.get().id(), request, key);
            } catch (IdempotencyKeyException e) {
                if (!"booking.idempotency-key.reused".equals(e.code())) {
                    throw e;
                }
                String fresh = newKey();
                newKey.accept(fresh);
                held = bookings.hold(account.get().id(), request, fresh);
            }
            return "/my/booking?faces-redirect=true&id=" + held.booking().id();
        } catch (BusinessException e) {
            FacesMessages.error(e);
            refresh();
            return null;
        }
    }

    /** The comma-separated seat ids the map's selection writes; anything else picks no seat. */
    static List<Long> seatIds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            Optional<Long> id = Parameters.id(part.strip());
            if (id.isEmpty()) {
                return List.of();
            }
            ids.add(id.get());
        }
        return ids;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
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

    /** The seated types, for the best-available choice. */
    public List<TicketRow> getSeatedTypes() {
        return ticketTypes.stream().filter(TicketRow::isSeated).toList();
    }

    /** The general-admission types, each with a quantity to ask for. */
    public List<TicketRow> getPlaceTypes() {
        return ticketTypes.stream().filter(row -> !row.isSeated()).toList();
    }

    /** Whether tickets can be booked now: the event is published and its sales window open. */
    public boolean isOnSale() {
        return onSale;
    }

    /** Whether the viewer can book here now: a signed-in customer, on an event on sale. */
    public boolean isBookable() {
        return onSale
                && signedIn.find().filter(account -> account.has(Role.CUSTOMER)).isPresent();
    }

    /** The most tickets one order may have. */
    public int getMaxPerOrder() {
        return maxPerOrder;
    }

    /** The seated types' seats and prices, as JSON for the seat map. */
    public String getSeatPrices() {
        return seatPrices;
    }

    /** This page's address, where the sign-in page comes back to. */
    public String getPagePath() {
        return "/event.xhtml?id=" + eventId;
    }

    public String getSelectedSeats() {
        return selectedSeats;
    }

    public void setSelectedSeats(String selectedSeats) {
        this.selectedSeats = selectedSeats;
    }

    public Long getBestTypeId() {
        return bestTypeId;
    }

    public void setBestTypeId(Long bestTypeId) {
        this.bestTypeId = bestTypeId;
    }

    public Integer getBestQuantity() {
        return bestQuantity;
    }

    public void setBestQuantity(Integer bestQuantity) {
        this.bestQuantity = bestQuantity;
    }

    public String getSeatsKey() {
        return seatsKey;
    }

    public void setSeatsKey(String seatsKey) {
        this.seatsKey = seatsKey;
    }

    public String getBestKey() {
        return bestKey;
    }

    public void setBestKey(String bestKey) {
        this.bestKey = bestKey;
    }

    public String getPlacesKey() {
        return placesKey;
    }

    public void setPlacesKey(String placesKey) {
        this.placesKey = placesKey;
    }
}
