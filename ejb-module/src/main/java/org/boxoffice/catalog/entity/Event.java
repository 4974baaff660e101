package org.boxoffice.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;

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
        name = Event.OF_ORGANISATION_BY_ID,
        query = "select e from Event e where e.id = :id and e.organisationId = :organisation")
public class Event {

    public static final String OF_ORGANISATION = "Event.ofOrganisation";
    public static final String COUNT_OF_ORGANISATION = "Event.countOfOrganisation";
    public static final String OF_ORGANISATION_BY_ID = "Event.ofOrganisationById";

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status;

    /**
     * The organizer organisation whose event this is, by id: the catalog does not need the rest of
     * it. Null for an event of no organisation, which no organizer sees.
     */
    @Column(name = "organisation_id")
    private Long organisationId;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
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
        if (title == null || title.isBlank()) {
            throw new InvalidEventException("a title is required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidEventException("it must end after it starts");
        }
        this.title = title.strip();
        this.description = description == null ? "" : description.strip();
        this.category = category;
        this.venue = venue;
        this.startsAt = startsAt.withZoneSameInstant(venue.zone()).toOffsetDateTime();
        this.endsAt = endsAt.withZoneSameInstant(venue.zone()).toOffsetDateTime();
        this.status = EventStatus.DRAFT;
    }

    public TicketType addSeatedTicketType(String name, Money price, Section section) {
        requireDraft("changed");
        if (!section.isSeated() || !section.venue().equals(venue)) {
            throw new InvalidEventException(
                    "section " + section.name() + " is not a seated section of " + venue.name());
        }
        return add(new TicketType(this, name, price, section, null));
    }

    public TicketType addGeneralAdmissionTicketType(String name, Money price, int capacity) {
        requireDraft("changed");
        if (capacity < 1) {
            throw new InvalidEventException("the capacity of " + name + " must be at least 1");
        }
        return add(new TicketType(this, name, price, null, capacity));
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

    public ZonedDateTime endsAt() {
        return endsAt.atZoneSameInstant(venue.zone());
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
