package org.boxoffice.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** An event or service: a concert, a performance, a journey; what its tickets are sold for. */
@Entity
@Table(name = "event")
@NamedQuery(
        name = Event.OF_ORGANISATION,
        query = "select e from Event e where e.organisationId = :organisation order by e.startsAt, e.id")
@NamedQuery(
        name = Event.COUNT_OF_ORGANISATION,
        query = "select count(e) from Event e where e.organisationId = :organisation")
@NamedQuery(
        name = Event.COUNTS_BY_ORGANISATION,
        query = "select e.organisationId, count(e) from Event e where e.organisationId in :organisations"
                + " group by e.organisationId")
@NamedQuery(
        name = Event.OF_ORGANISATION_BY_ID,
        query = "select e from Event e where e.id = :id and e.organisationId = :organisation")
@NamedQuery(
        name = Event.WITH_VENUE,
        query = "select e from Event e join fetch e.venue join fetch e.category where e.id = :id")
public class Event {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TICKET_TYPE_NAME_MAX = 80;
    public static final int DEFAULT_MAX_PER_ORDER = 10;
    public static final int MAX_PER_ORDER_LIMIT = 100;
    public static final int MAX_PER_CUSTOMER_LIMIT = 1000;
    /** A year: customers cannot be allowed to cancel earlier than that before the start. */
    public static final int CANCELLATION_HOURS_LIMIT = 8760;

    /** The largest price the column {@code numeric(12, 2)} holds. */
    static final BigDecimal PRICE_MAX = new BigDecimal("9999999999.99");

    public static final String OF_ORGANISATION = "Event.ofOrganisation";
    public static final String COUNT_OF_ORGANISATION = "Event.countOfOrganisation";
    /** Rows of organisation id and its number of events, for the organisations {@code organisations}. */
    public static final String COUNTS_BY_ORGANISATION = "Event.countsByOrganisation";

    public static final String OF_ORGANISATION_BY_ID = "Event.ofOrganisationById";
    /**
     * An event with its venue and category in one query (its ticket types in a second): what a
     * booking reads. Bookings read it read only, and a read-only query does not take the category
     * from the shared cache, so the category is fetched here too. The
     * types are not fetched in the same query: their sections are batch-fetched, which EclipseLink
     * refuses for objects built from a join.
     */
    public static final String WITH_VENUE = "Event.withVenue";

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    // a page of events reads its categories, venues and ticket types in one query each (IN the
    // page's ids), not one per event: without weaving, to-one references load eagerly
    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    @BatchFetch(BatchFetchType.IN)
    private Category category;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    @BatchFetch(BatchFetchType.IN)
    private Venue venue;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    /** When tickets go on sale; null: from publication. */
    @Column(name = "sales_start")
    private OffsetDateTime salesStart;

    /** When sales stop; null: when the event starts. */
    @Column(name = "sales_end")
    private OffsetDateTime salesEnd;

    /** Where a journey departs; null for an event that is not a journey. */
    @Column(length = 100)
    private String origin;

    /** Where a journey arrives; null for an event that is not a journey. */
    @Column(length = 100)
    private String destination;

    /** The zone of a journey's arrival; null for an event, whose end is in the venue's zone. */
    @Column(name = "arrival_zone", length = 64)
    private String arrivalZone;

    /** When the image last changed; null without an image (see {@link EventImage}). */
    @Column(name = "image_updated_at")
    private OffsetDateTime imageUpdatedAt;

    /**
     * How long it lasts, kept with the times: the longest published event bounds how far back the
     * search looks for events that have started and not ended yet.
     */
    @Column(name = "duration_seconds", nullable = false)
    private long durationSeconds;

    /** The cheapest ticket type's price, set at publication (ticket types are fixed by then). */
    @Column(name = "price_from")
    private BigDecimal priceFrom;

    /** The dearest ticket type's price, set with {@link #priceFrom}: the price filter's other bound. */
    @Column(name = "price_to")
    private BigDecimal priceTo;

    /**
     * Tickets held or sold, as last counted by {@code catalog.control.DemandRecount}: what the search
     * sorts "most popular" by. Written by that count only.
     */
    @Column(name = "tickets_taken", insertable = false, updatable = false)
    private long ticketsTaken;

    /** Tickets left, as last counted (with {@link #ticketsTaken}): the search's "available only". */
    @Column(name = "tickets_left", insertable = false, updatable = false)
    private long ticketsLeft;

    /**
     * The words the search finds this event by (title, description, origin, destination), kept by
     * the database itself (a generated column, V21): a full-text {@code tsvector} on PostgreSQL, the
     * lowercased words as text on H2. Only the search's queries read it; never written from here.
     */
    @Column(name = "search_words", insertable = false, updatable = false)
    private String searchWords;

    @Column(name = "max_per_order", nullable = false)
    private int maxPerOrder = DEFAULT_MAX_PER_ORDER;

    /**
     * The most tickets one customer may have of the event in held and confirmed bookings together;
     * null: no limit beyond the per-order one.
     */
    @Column(name = "max_per_customer")
    private Integer maxPerCustomer;

    /**
     * Customers may cancel a confirmed booking, refunded, until this many hours before the start;
     * null: customers cannot cancel (an organizer cancelling the event refunds every booking).
     */
    @Column(name = "cancellation_hours")
    private Integer cancellationHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status;

    /**
     * The organizer organisation whose event this is, by id: the catalog does not need the rest of
     * it. Null for an event of no organisation, which no organizer sees.
     */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** The VAT rate included in the prices and the payment methods accepted. */
    @Embedded
    private PaymentTerms paymentTerms = PaymentTerms.of(null, null);

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<TicketType> ticketTypes = new ArrayList<>();

    @Version
    private long version;

    protected Event() {}

    /**
     * A new draft. Times are given in the venue's zone, as organizers think of them.
     *
     * @throws InvalidEventException when the event ends before it starts or a time is not in the
     *     venue's zone
     */
    public Event(
            String title,
            String description,
            Category category,
            Venue venue,
            ZonedDateTime startsAt,
            ZonedDateTime endsAt) {
        this(title, description, category, venue, startsAt, endsAt, null, null, DEFAULT_MAX_PER_ORDER);
    }

    /**
     * A new draft with its sales window and order limit, without a per-customer limit and not
     * cancellable by customers. Times are given in the venue's zone.
     *
     * @throws InvalidEventException when a field breaks a rule (see {@link #change})
     */
    public Event(
            String title,
            String description,
            Category category,
            Venue venue,
            ZonedDateTime startsAt,
            ZonedDateTime endsAt,
            ZonedDateTime salesStart,
            ZonedDateTime salesEnd,
            int maxPerOrder) {
        this(title, description, category, venue, startsAt, endsAt, salesStart, salesEnd, maxPerOrder, null, null);
    }

    /**
     * A new draft with its sales window and booking rules. Times are given in the venue's zone.
     *
     * @param salesStart when tickets go on sale; null for from publication
     * @param salesEnd when sales stop; null for when the event starts
     * @param maxPerCustomer the most tickets one customer may have of it; null for no limit
     * @param cancellationHours until how many hours before the start customers may cancel; null
     *     for not at all
     * @throws InvalidEventException when a field breaks a rule (see {@link #change})
     */
    public Event(
            String title,
            String description,
            Category category,
            Venue venue,
            ZonedDateTime startsAt,
            ZonedDateTime endsAt,
            ZonedDateTime salesStart,
            ZonedDateTime salesEnd,
            int maxPerOrder,
            Integer maxPerCustomer,
            Integer cancellationHours) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.category = Objects.requireNonNull(category, "category");
        Fields fields = fields(
                title,
                description,
                startsAt,
                endsAt,
                salesStart,
                salesEnd,
                maxPerOrder,
                maxPerCustomer,
                cancellationHours);
        this.title = fields.title;
        this.description = fields.description;
        this.startsAt = fields.startsAt;
        this.endsAt = fields.endsAt;
        this.durationSeconds = durationSeconds();
        this.salesStart = fields.salesStart;
        this.salesEnd = fields.salesEnd;
        this.maxPerOrder = maxPerOrder;
        this.maxPerCustomer = maxPerCustomer;
        this.cancellationHours = cancellationHours;
        this.status = EventStatus.DRAFT;
    }

    /**
     * Changes what the organizer may change, all or nothing: every rule is checked before any field
     * changes. Times are given in any zone and kept in the venue's. A draft and a published event
     * can be changed; a cancelled one cannot.
     *
     * @return the fields that changed, with their values before and after, in a fixed order; empty
     *     when nothing changed. Times are written as ISO-8601 with the venue's offset.
     * @throws InvalidEventException when a field breaks a rule: title of 1 to 200 characters,
     *     description of at most 4000, the end after the start, sales ending by the end of the event
     *     and starting before they end, 1 to 100 tickets per order, 1 to 1000 per customer (or no
     *     limit: null), cancellation by customers until 0 to 8760 hours before the start (or not at
     *     all: null)
     * @throws InvalidEventStateException when the event is cancelled
     */
    public List<FieldChange> change(
            String newTitle,
            String newDescription,
            Category newCategory,
            ZonedDateTime newStartsAt,
            ZonedDateTime newEndsAt,
            ZonedDateTime newSalesStart,
            ZonedDateTime newSalesEnd,
            int newMaxPerOrder,
            Integer newMaxPerCustomer,
            Integer newCancellationHours) {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventStateException(id, status, "changed");
        }
        Objects.requireNonNull(newCategory, "category");
        Fields fields = fields(
                newTitle,
                newDescription,
                newStartsAt,
                newEndsAt,
                newSalesStart,
                newSalesEnd,
                newMaxPerOrder,
                newMaxPerCustomer,
                newCancellationHours);
        List<FieldChange> changes = new ArrayList<>();
        if (!fields.title.equals(title)) {
            changes.add(new FieldChange("title", title, fields.title));
            title = fields.title;
        }
        if (!fields.description.equals(description)) {
            changes.add(new FieldChange("description", description, fields.description));
            description = fields.description;
        }
        if (!sameCategory(newCategory)) {
            changes.add(new FieldChange("category", category.slug(), newCategory.slug()));
            category = newCategory;
        }
        if (!sameInstant(fields.startsAt, startsAt)) {
            changes.add(new FieldChange("startsAt", text(startsAt), text(fields.startsAt)));
            startsAt = fields.startsAt;
        }
        if (!sameInstant(fields.endsAt, endsAt)) {
            changes.add(new FieldChange("endsAt", text(endsAt), text(fields.endsAt)));
            endsAt = fields.endsAt;
        }
        if (!sameInstant(fields.salesStart, salesStart)) {
            changes.add(new FieldChange("salesStart", text(salesStart), text(fields.salesStart)));
            salesStart = fields.salesStart;
        }
        if (!sameInstant(fields.salesEnd, salesEnd)) {
            changes.add(new FieldChange("salesEnd", text(salesEnd), text(fields.salesEnd)));
            salesEnd = fields.salesEnd;
        }
        if (newMaxPerOrder != maxPerOrder) {
            changes.add(new FieldChange("maxPerOrder", String.valueOf(maxPerOrder), String.valueOf(newMaxPerOrder)));
            maxPerOrder = newMaxPerOrder;
        }
        if (!Objects.equals(newMaxPerCustomer, maxPerCustomer)) {
            changes.add(new FieldChange("maxPerCustomer", number(maxPerCustomer), number(newMaxPerCustomer)));
            maxPerCustomer = newMaxPerCustomer;
        }
        if (!Objects.equals(newCancellationHours, cancellationHours)) {
            changes.add(new FieldChange("cancellationHours", number(cancellationHours), number(newCancellationHours)));
            cancellationHours = newCancellationHours;
        }
        durationSeconds = durationSeconds();
        return List.copyOf(changes);
    }

    /**
     * Makes the event a journey from one place to another, changes its route, or (null) makes it a
     * plain event again. Give the end in the journey's arrival zone when calling {@link #change}.
     *
     * @return the fields that changed, as {@link #change} gives them
     * @throws InvalidEventStateException when the event is cancelled
     */
    public List<FieldChange> route(Journey journey) {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventStateException(id, status, "changed");
        }
        String newOrigin = journey == null ? null : journey.origin();
        String newDestination = journey == null ? null : journey.destination();
        String newZone = journey == null ? null : journey.arrivalZone().getId();
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(newOrigin, origin)) {
            changes.add(new FieldChange("origin", origin, newOrigin));
            origin = newOrigin;
        }
        if (!Objects.equals(newDestination, destination)) {
            changes.add(new FieldChange("destination", destination, newDestination));
            destination = newDestination;
        }
        if (!Objects.equals(newZone, arrivalZone)) {
            changes.add(new FieldChange("arrivalZone", arrivalZone, newZone));
            arrivalZone = newZone;
        }
        return List.copyOf(changes);
    }

    /**
     * Changes the VAT rate included in the prices and the payment methods accepted. Bookings held
     * already keep the tax they were held with.
     *
     * @return the fields that changed ({@code vatRate}, {@code paymentMethods}), as {@link #change}
     *     gives them
     * @throws InvalidEventStateException when the event is cancelled
     */
    public List<FieldChange> changePaymentTerms(PaymentTerms terms) {
        Objects.requireNonNull(terms, "terms");
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventStateException(id, status, "changed");
        }
        List<FieldChange> changes = new ArrayList<>();
        if (terms.vatRate().compareTo(paymentTerms.vatRate()) != 0) {
            changes.add(new FieldChange(
                    "vatRate",
                    paymentTerms.vatRate().toPlainString(),
                    terms.vatRate().toPlainString()));
        }
        if (!terms.methods().equals(paymentTerms.methods())) {
            changes.add(new FieldChange("paymentMethods", paymentTerms.methodList(), terms.methodList()));
        }
        if (!changes.isEmpty()) {
            paymentTerms = terms;
        }
        return List.copyOf(changes);
    }

    /** The VAT rate included in the prices and the payment methods the event accepts. */
    public PaymentTerms paymentTerms() {
        return paymentTerms;
    }

    /**
     * Notes that the event's image was replaced (or removed, {@code at} null).
     *
     * @throws InvalidEventStateException when the event is cancelled
     */
    public void imageChanged(OffsetDateTime at) {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventStateException(id, status, "changed");
        }
        imageUpdatedAt = at;
    }

    /** When the image last changed; empty when the event has none. */
    public Optional<OffsetDateTime> imageUpdatedAt() {
        return Optional.ofNullable(imageUpdatedAt);
    }

    /**
     * Takes the event off sale for good; a draft can be cancelled too. What happens to tickets
     * sold is the booking's business.
     *
     * @throws InvalidEventStateException when it is cancelled already
     */
    public void cancel() {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventStateException(id, status, "cancelled");
        }
        status = EventStatus.CANCELLED;
    }

    /** The checked and normalised fields, in the venue's zone. */
    private record Fields(
            String title,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            OffsetDateTime salesStart,
            OffsetDateTime salesEnd) {}

    private Fields fields(
            String newTitle,
            String newDescription,
            ZonedDateTime newStartsAt,
            ZonedDateTime newEndsAt,
            ZonedDateTime newSalesStart,
            ZonedDateTime newSalesEnd,
            int newMaxPerOrder,
            Integer newMaxPerCustomer,
            Integer newCancellationHours) {
        String strippedTitle = newTitle == null ? "" : newTitle.strip();
        if (strippedTitle.isEmpty() || strippedTitle.length() > TITLE_MAX) {
            throw new InvalidEventException("a title of 1 to " + TITLE_MAX + " characters is required");
        }
        String strippedDescription = newDescription == null ? "" : newDescription.strip();
        if (strippedDescription.length() > DESCRIPTION_MAX) {
            throw new InvalidEventException("the description can have at most " + DESCRIPTION_MAX + " characters");
        }
        if (newStartsAt == null || newEndsAt == null) {
            throw new InvalidEventException("a start and an end are required");
        }
        if (!newEndsAt.isAfter(newStartsAt)) {
            throw new InvalidEventException("it must end after it starts");
        }
        if (newSalesEnd != null && newSalesEnd.isAfter(newEndsAt)) {
            throw new InvalidEventException("ticket sales must end by the end of the event");
        }
        // no end given: sales run until the event starts
        ZonedDateTime salesUntil = newSalesEnd == null ? newStartsAt : newSalesEnd;
        if (newSalesStart != null && !newSalesStart.isBefore(salesUntil)) {
            throw new InvalidEventException(
                    newSalesEnd == null
                            ? "ticket sales must start before the event starts"
                            : "ticket sales must start before they end");
        }
        if (newMaxPerOrder < 1 || newMaxPerOrder > MAX_PER_ORDER_LIMIT) {
            throw new InvalidEventException(
                    "an order can have 1 to " + MAX_PER_ORDER_LIMIT + " tickets, not " + newMaxPerOrder);
        }
        if (newMaxPerCustomer != null && (newMaxPerCustomer < 1 || newMaxPerCustomer > MAX_PER_CUSTOMER_LIMIT)) {
            throw new InvalidEventException("a customer can have 1 to " + MAX_PER_CUSTOMER_LIMIT
                    + " tickets of the event (maxPerCustomer), not " + newMaxPerCustomer);
        }
        if (newCancellationHours != null
                && (newCancellationHours < 0 || newCancellationHours > CANCELLATION_HOURS_LIMIT)) {
            throw new InvalidEventException("customers can cancel until 0 to " + CANCELLATION_HOURS_LIMIT
                    + " hours before the start (cancellationHours), not " + newCancellationHours);
        }
        return new Fields(
                strippedTitle,
                strippedDescription,
                inVenueZone(newStartsAt),
                inVenueZone(newEndsAt),
                inVenueZone(newSalesStart),
                inVenueZone(newSalesEnd));
    }

    private long durationSeconds() {
        return java.time.Duration.between(startsAt, endsAt).getSeconds();
    }

    private OffsetDateTime inVenueZone(ZonedDateTime time) {
        return time == null ? null : time.withZoneSameInstant(venue.zone()).toOffsetDateTime();
    }

    private boolean sameCategory(Category other) {
        return other == category || (other.id() != null && other.id().equals(category.id()));
    }

    private static boolean sameInstant(OffsetDateTime one, OffsetDateTime other) {
        return one == null ? other == null : other != null && one.isEqual(other);
    }

    private static String number(Integer number) {
        return number == null ? null : String.valueOf(number);
    }

    private String text(OffsetDateTime time) {
        return time == null
                ? null
                : time.atZoneSameInstant(venue.zone())
                        .toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * A price of a ticket type: at least 0, with at most two decimals and no more than the
     * currency has.
     *
     * @param currency an ISO 4217 code such as EUR
     * @throws InvalidEventException for a missing, negative or too precise amount, or an unknown
     *     currency
     */
    public static Money price(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(PRICE_MAX) > 0) {
            throw new InvalidEventException("a price must be between 0 and " + PRICE_MAX.toPlainString());
        }
        Currency code;
        try {
            code = Currency.getInstance(currency == null ? "" : currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(currency + " is not an ISO 4217 currency code");
        }
        int decimals = Math.min(Math.max(code.getDefaultFractionDigits(), 0), 2);
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new InvalidEventException(
                    "a price in " + code.getCurrencyCode() + " has at most " + decimals + " decimals");
        }
        return Money.of(amount, code);
    }

    /** A ticket type for the seats of one seated section of the venue, whatever their category. */
    public TicketType addSeatedTicketType(String name, Money price, Section section) {
        return addSeatedTicketType(name, price, section, null);
    }

    /**
     * A ticket type for reserved seats: those of a seat category ({@code seatCategory}), in one
     * seated section of the venue or in all of them ({@code section} null), or all seats of a
     * section ({@code seatCategory} null). Whether such seats exist is the caller's to check (the
     * event does not load the venue's seats).
     *
     * @throws InvalidEventException when neither is given, the section is not a seated one of the
     *     venue, or another seated type already sells some of these seats
     */
    public TicketType addSeatedTicketType(String name, Money price, Section section, String seatCategory) {
        requireDraft("changed");
        ticketTypeName(name);
        String category = seatCategory == null || seatCategory.isBlank() ? null : seatCategory.strip();
        if (category != null && category.length() > 30) {
            throw new InvalidEventException("a seat category has 1 to 30 characters");
        }
        if (section == null && category == null) {
            throw new InvalidEventException("a seated ticket type needs a section, a seat category or both");
        }
        if (section != null && (!section.isSeated() || !section.venue().equals(venue))) {
            throw new InvalidEventException(
                    "section " + section.name() + " is not a seated section of " + venue.name());
        }
        TicketType type = new TicketType(this, name, price, section, category, null);
        for (TicketType existing : ticketTypes) {
            if (existing.overlaps(type)) {
                throw new InvalidEventException("ticket type " + existing.name() + " already sells seats of "
                        + type.seats() + ": each seat has one price");
            }
        }
        return add(type);
    }

    public TicketType addGeneralAdmissionTicketType(String name, Money price, int capacity) {
        requireDraft("changed");
        ticketTypeName(name);
        if (capacity < 1) {
            throw new InvalidEventException("the capacity of " + name + " must be at least 1");
        }
        return add(new TicketType(this, name, price, null, null, capacity));
    }

    private static void ticketTypeName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > TICKET_TYPE_NAME_MAX) {
            throw new InvalidEventException(
                    "a ticket type needs a name of 1 to " + TICKET_TYPE_NAME_MAX + " characters");
        }
    }

    private TicketType add(TicketType type) {
        if (ticketTypes.stream().anyMatch(existing -> existing.name().equalsIgnoreCase(type.name()))) {
            throw new InvalidEventException("there is a ticket type called " + type.name() + " already");
        }
        ticketTypes.add(type);
        return type;
    }

    /** Puts the event on sale; its inventory is created in the same transaction by the catalog. */
    public void publish() {
        requireDraft("published");
        if (ticketTypes.isEmpty()) {
            throw new InvalidEventException("it needs at least one ticket type to go on sale");
        }
        status = EventStatus.PUBLISHED;
        priceTo = ticketTypes.stream()
                .map(type -> type.price().amount())
                .max(BigDecimal::compareTo)
                .orElseThrow();
        priceFrom = ticketTypes.stream()
                .map(type -> type.price().amount())
                .min(BigDecimal::compareTo)
                .orElseThrow();
    }

    private void requireDraft(String action) {
        if (status != EventStatus.DRAFT) {
            throw new InvalidEventStateException(id, status, action);
        }
    }

    /** Gives the event to an organizer organisation: its organizers see and manage it. */
    public void organisedBy(long organisation) {
        this.organisationId = organisation;
    }

    /** The row's version: it moves on with every change, so that a client can tell it read the latest. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Category category() {
        return category;
    }

    public Venue venue() {
        return venue;
    }

    /** The start in the venue's zone. */
    public ZonedDateTime startsAt() {
        return startsAt.atZoneSameInstant(venue.zone());
    }

    /** The end in the venue's zone; a journey's arrival in the zone it arrives in. */
    public ZonedDateTime endsAt() {
        return endsAt.atZoneSameInstant(endZone());
    }

    /** The zone the end is given in: the arrival zone of a journey, else the venue's. */
    public ZoneId endZone() {
        return arrivalZone == null ? venue.zone() : ZoneId.of(arrivalZone);
    }

    /** The journey this service makes, if it is one. */
    public Optional<Journey> journey() {
        return origin == null ? Optional.empty() : Optional.of(new Journey(origin, destination, endZone()));
    }

    /** When tickets go on sale, in the venue's zone; empty for from publication. */
    public Optional<ZonedDateTime> salesStart() {
        return Optional.ofNullable(salesStart).map(time -> time.atZoneSameInstant(venue.zone()));
    }

    /** When sales stop, in the venue's zone; empty for when the event starts. */
    public Optional<ZonedDateTime> salesEnd() {
        return Optional.ofNullable(salesEnd).map(time -> time.atZoneSameInstant(venue.zone()));
    }

    /**
     * Whether tickets can be booked at {@code now}: published, the sales window open (from its
     * start, or publication, until its end, or the event's start).
     */
    public boolean isOnSaleAt(OffsetDateTime now) {
        OffsetDateTime end = salesEnd != null ? salesEnd : startsAt;
        return status == EventStatus.PUBLISHED
                && (salesStart == null || !now.isBefore(salesStart))
                && now.isBefore(end);
    }

    /** The most tickets one order may have. */
    public int maxPerOrder() {
        return maxPerOrder;
    }

    /**
     * The most tickets one customer may have of the event in held and confirmed bookings together;
     * null for no limit beyond the per-order one.
     */
    public Integer maxPerCustomer() {
        return maxPerCustomer;
    }

    /**
     * Until how many hours before the start customers may cancel a confirmed booking, refunded;
     * null when customers cannot cancel.
     */
    public Integer cancellationHours() {
        return cancellationHours;
    }

    /**
     * Whether a customer may cancel a confirmed booking at {@code now}: the event lets customers
     * cancel, and {@code now} is more than {@link #cancellationHours} before the start. Whether
     * the event is published or cancelled is not asked: an organizer's cancellation refunds every
     * booking anyway.
     */
    public boolean isCancellableByCustomersAt(OffsetDateTime now) {
        return cancellationHours != null && now.isBefore(startsAt.minusHours(cancellationHours));
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public EventStatus status() {
        return status;
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    public List<TicketType> ticketTypes() {
        return Collections.unmodifiableList(ticketTypes);
    }
}
