package org.boxoffice.web.organizer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventAvailability;
import org.boxoffice.catalog.boundary.EventDraft;
import org.boxoffice.catalog.boundary.EventEditing;
import org.boxoffice.catalog.boundary.EventImages;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * The organizer's event editor: a new draft at one of the organisation's venues, its details with
 * times in the venue's zone, ticket types (reserved seats of a section, or standing places), then
 * publication or cancellation, and the edits recorded after publishing.
 */
@Named("organizerEventBacking")
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A ticket type, its availability or a recorded change, as the page's tables list them: three
     * texts. The page calls the accessors ({@code #{type.first()}}): EL 5 reads getters, not record
     * components, as properties.
     */
    public record Line(String first, String second, String third) implements Serializable {}

    @Inject
    transient EventEditing editing;

    @Inject
    transient OrganizerEvents events;

    @Inject
    transient OrganizerVenues venues;

    @Inject
    transient Catalog catalog;

    @Inject
    transient EventAvailability available;

    @Inject
    transient EventImages images;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    private String id;
    private Long eventId;
    private String status;
    private String zone;
    private Long venueId;
    private String category;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime salesStart;
    private LocalDateTime salesEnd;
    private Integer maxPerOrder = 10;
    private Integer maxPerCustomer;
    private Integer cancellationHours;
    private BigDecimal vatRate = BigDecimal.ZERO;
    // a mutable list: Faces writes the ticked boxes into a collection of the kind it finds
    private List<String> paymentMethods = new ArrayList<>(allMethods());
    private String origin;
    private String destination;
    private String arrivalZone;
    private List<Line> availability = List.of();
    private List<String> seatCategories = List.of();
    private String selectedSeats;
    private transient UploadedFile image;
    private String imageVersion;
    private List<Line> ticketTypes = List.of();
    private List<Line> changes = List.of();
    private Map<String, Long> sections = Map.of();
    private Map<String, Long> venueChoices;
    private Map<String, String> categoryChoices;

    private String typeName;
    private BigDecimal amount;
    private String currency = "EUR";
    private Long sectionId;
    private String seatCategory;
    private Integer capacity;

    /** Loads the event named by {@code id}, or starts a new one without it; another's is a 404. */
    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            show(events.get(
                    signedIn.get(),
                    Parameters.id(id).orElseThrow(() -> new org.boxoffice.catalog.boundary.UnknownEventException(id))));
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(Event event) {
        eventId = event.id();
        status = event.status().name();
        zone = event.venue().zone().getId();
        venueId = event.venue().id();
        category = event.category().slug();
        title = event.title();
        description = event.description();
        startsAt = event.startsAt().toLocalDateTime();
        endsAt = event.endsAt().toLocalDateTime();
        salesStart = event.salesStart().map(time -> time.toLocalDateTime()).orElse(null);
        salesEnd = event.salesEnd().map(time -> time.toLocalDateTime()).orElse(null);
        maxPerOrder = event.maxPerOrder();
        maxPerCustomer = event.maxPerCustomer();
        cancellationHours = event.cancellationHours();
        vatRate = event.paymentTerms().vatRate();
        paymentMethods = new ArrayList<>(
                event.paymentTerms().methods().stream().map(Enum::name).toList());
        imageVersion = event.imageUpdatedAt()
                .map(at -> String.valueOf(at.toInstant().toEpochMilli()))
                .orElse(null);
        origin = event.journey().map(journey -> journey.origin()).orElse(null);
        destination = event.journey().map(journey -> journey.destination()).orElse(null);
        arrivalZone =
                event.journey().map(journey -> journey.arrivalZone().getId()).orElse(null);
        ticketTypes = event.ticketTypes().stream().map(EventBacking::line).toList();
        DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        changes = editing.changes(signedIn.get(), event.id()).stream()
                .map(change -> new Line(
                        change.changedAt().format(format),
                        change.field(),
                        change.oldValue() + " → " + change.newValue()))
                .toList();
        sections = new LinkedHashMap<>();
        for (Section section : event.venue().sections()) {
            if (section.isSeated()) {
                sections.put(section.name(), section.id());
            }
        }
        // the categories a new ticket type can sell; a published event takes no new types
        seatCategories = isDraft() ? venues.seatCategories(event.venue()) : List.of();
        availability = available.of(signedIn.get(), event.id()).stream()
                .map(type -> new Line(
                        type.type().name(),
                        type.available() + " / " + type.capacity(),
                        type.held() + " · " + type.sold() + " · " + type.withheld()))
                .toList();
    }

    private static Line line(TicketType type) {
        return new Line(
                type.name(),
                type.price().currency().getCurrencyCode() + " "
                        + type.price().amount().toPlainString(),
                type.isSeated() ? type.seats() : String.valueOf(type.capacity()));
    }

    /** Saves the details: a new draft the first time, an edit afterwards (recorded once published). */
    public String save() {
        EventDraft draft = new EventDraft(
                title,
                description,
                startsAt,
                endsAt,
                salesStart,
                salesEnd,
                maxPerOrder,
                origin,
                destination,
                arrivalZone,
                maxPerCustomer,
                cancellationHours,
                vatRate,
                paymentMethods);
        try {
            if (eventId == null) {
                if (venueId == null) {
                    FacesMessages.error("organizerEvent.venueRequired");
                    return null;
                }
                Event created = editing.createDraft(signedIn.get(), venueId, category, draft);
                return "/organizer/event?faces-redirect=true&id=" + created.id();
            }
            show(editing.update(signedIn.get(), eventId, null, category, draft));
            FacesMessages.info("organizerEvent.saved");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        return null;
    }

    public void addTicketType() {
        try {
            editing.addTicketType(
                    signedIn.get(),
                    eventId,
                    null,
                    typeName,
                    amount,
                    currency,
                    sectionId,
                    seatCategory,
                    sectionId == null && (seatCategory == null || seatCategory.isBlank()) ? capacity : null);
            typeName = null;
            show(events.get(signedIn.get(), eventId));
            FacesMessages.info("organizerEvent.typeAdded");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** Sets or replaces the event's image from the upload. */
    public void uploadImage() {
        if (image == null || image.getSize() == 0) {
            FacesMessages.error("organizerEvent.chooseImage");
            return;
        }
        try {
            show(images.put(signedIn.get(), eventId, null, image.getContent()));
            FacesMessages.info("organizerEvent.imageSaved");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } finally {
            image = null;
        }
    }

    public void removeImage() {
        try {
            show(images.remove(signedIn.get(), eventId, null));
            FacesMessages.info("organizerEvent.imageRemoved");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** Holds the seats picked on the map back from sale. */
    public void withhold() {
        changeSeats(true);
    }

    /** Puts the seats picked on the map on sale again. */
    public void release() {
        changeSeats(false);
    }

    private void changeSeats(boolean withhold) {
        List<Long> seats = seatIds(selectedSeats);
        if (seats.isEmpty()) {
            FacesMessages.error("organizerEvent.pickSeats");
            return;
        }
        try {
            int changed = withhold
                    ? available.withhold(signedIn.get(), eventId, seats, client.value())
                    : available.release(signedIn.get(), eventId, seats, client.value());
            selectedSeats = null;
            show(events.get(signedIn.get(), eventId));
            FacesMessages.info(withhold ? "organizerEvent.withheld" : "organizerEvent.released", changed);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** The comma-separated seat ids the map's selection writes; anything else picks no seat. */
    static List<Long> seatIds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            Optional<Long> id = Parameters.id(part.strip());
            if (id.isEmpty()) {
                return List.of();
            }
            ids.add(id.get());
        }
        return ids;
    }

    public void publish() {
        try {
            show(editing.publish(signedIn.get(), eventId, null, client.value()));
            FacesMessages.info("organizerEvent.published");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void cancel() {
        try {
            show(editing.cancel(signedIn.get(), eventId, null, client.value()));
            FacesMessages.info("organizerEvent.cancelled");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** The organisation's venues, for a new event (names to ids). */
    public Map<String, Long> getVenues() {
        // read once per view: Faces asks for a menu's items several times per request
        if (venueChoices == null) {
            venueChoices = new LinkedHashMap<>();
            venues.list(signedIn.get(), 1, Page.MAX_SIZE)
                    .items()
                    .forEach(venue -> venueChoices.put(venue.name() + ", " + venue.city(), venue.id()));
        }
        return venueChoices;
    }

    /** Category names to slugs, read once per view. */
    public Map<String, String> getCategories() {
        if (categoryChoices == null) {
            categoryChoices = new LinkedHashMap<>();
            for (Category each : catalog.categories()) {
                categoryChoices.put(each.name(), each.slug());
            }
        }
        return categoryChoices;
    }

    public boolean isCancelled() {
        return EventStatus.CANCELLED.name().equals(status);
    }

    public boolean isDraft() {
        return EventStatus.DRAFT.name().equals(status);
    }

    public boolean isPublished() {
        return EventStatus.PUBLISHED.name().equals(status);
    }

    public boolean isNew() {
        return eventId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getStatus() {
        return status;
    }

    public String getZone() {
        return zone;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public LocalDateTime getSalesStart() {
        return salesStart;
    }

    public void setSalesStart(LocalDateTime salesStart) {
        this.salesStart = salesStart;
    }

    public LocalDateTime getSalesEnd() {
        return salesEnd;
    }

    public void setSalesEnd(LocalDateTime salesEnd) {
        this.salesEnd = salesEnd;
    }

    public Integer getMaxPerOrder() {
        return maxPerOrder;
    }

    public void setMaxPerOrder(Integer maxPerOrder) {
        this.maxPerOrder = maxPerOrder;
    }

    /** Empty: no limit per customer. */
    public Integer getMaxPerCustomer() {
        return maxPerCustomer;
    }

    public void setMaxPerCustomer(Integer maxPerCustomer) {
        this.maxPerCustomer = maxPerCustomer;
    }

    /** Every payment method, in their order: what a new event accepts and the choices offered. */
    public static List<String> allMethods() {
        return Arrays.stream(PaymentMethod.values()).map(Enum::name).toList();
    }

    /** The VAT rate included in the ticket prices, in percent. */
    public BigDecimal getVatRate() {
        return vatRate;
    }

    public void setVatRate(BigDecimal vatRate) {
        this.vatRate = vatRate;
    }

    /** The payment methods the event accepts (CARD, PAYPAL, WALLET). */
    public List<String> getPaymentMethods() {
        return paymentMethods;
    }

    public void setPaymentMethods(List<String> paymentMethods) {
        this.paymentMethods = paymentMethods;
    }

    public List<String> getAllMethods() {
        return allMethods();
    }

    /** Empty: customers cannot cancel. */
    public Integer getCancellationHours() {
        return cancellationHours;
    }

    public void setCancellationHours(Integer cancellationHours) {
        this.cancellationHours = cancellationHours;
    }

    public List<Line> getTicketTypes() {
        return ticketTypes;
    }

    public List<Line> getChanges() {
        return changes;
    }

    public Map<String, Long> getSections() {
        return sections;
    }

    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public UploadedFile getImage() {
        return image;
    }

    public void setImage(UploadedFile image) {
        this.image = image;
    }

    /** Changes with each new image (for the preview's address); null without an image. */
    public String getImageVersion() {
        return imageVersion;
    }

    public long getImageMaxBytes() {
        return images.maxBytes();
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getArrivalZone() {
        return arrivalZone;
    }

    public void setArrivalZone(String arrivalZone) {
        this.arrivalZone = arrivalZone;
    }

    public List<Line> getAvailability() {
        return availability;
    }

    public List<String> getSeatCategories() {
        return seatCategories;
    }

    public String getSeatCategory() {
        return seatCategory;
    }

    public void setSeatCategory(String seatCategory) {
        this.seatCategory = seatCategory;
    }

    public String getSelectedSeats() {
        return selectedSeats;
    }

    public void setSelectedSeats(String selectedSeats) {
        this.selectedSeats = selectedSeats;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
