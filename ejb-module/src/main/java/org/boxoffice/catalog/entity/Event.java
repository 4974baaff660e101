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
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;

/** An event or service: a concert, a performance, a journey; what its tickets are sold for. */
@Entity
@Table(name = "event")
public class Event {

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

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    public List<TicketType> ticketTypes() {
        return Collections.unmodifiableList(ticketTypes);
    }
}
