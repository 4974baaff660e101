package org.boxoffice.catalog.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Section;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * What a customer buys: adult, child, VIP... with its price. Bound either to reserved seats (the
 * seats of one seat category, of one seated section, or of a category within a section) or to a
 * general-admission capacity. Two seated types of an event never cover the same seat: each seat has
 * one price.
 */
@Entity
@Table(name = "ticket_type")
// JPQL's "join fetch e.venue" through an alias is not followed by EclipseLink: the nested
// fetches are its join-fetch hints
@NamedQuery(
        name = TicketType.OF_EVENT_WITH_EVENT,
        query = "select t from TicketType t where t.event.id = :event order by t.id",
        hints = {
            @QueryHint(name = QueryHints.FETCH, value = "t.event"),
            @QueryHint(name = QueryHints.FETCH, value = "t.event.venue"),
            @QueryHint(name = QueryHints.FETCH, value = "t.event.category")
        })
public class TicketType {

    /**
     * An event's ticket types with the event, its venue and category, in one query: what a hold
     * reads (none for an event without types, which then needs a query of its own).
     */
    public static final String OF_EVENT_WITH_EVENT = "TicketType.ofEventWithEvent";

    @Id
    @SequenceGenerator(name = "ticket_type_seq", sequenceName = "ticket_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_type_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false, length = 80)
    private String name;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    private Money price;

    @ManyToOne
    @JoinColumn(name = "section_id")
    @BatchFetch(BatchFetchType.IN)
    private Section section;

    /** The seat category whose seats this type sells (in its section, or anywhere); null for all. */
    @Column(name = "seat_category", length = 30)
    private String seatCategory;

    private Integer capacity;

    protected TicketType() {}

    TicketType(Event event, String name, Money price, Section section, String seatCategory, Integer capacity) {
        this.event = event;
        this.name = name.strip();
        this.price = price;
        this.section = section;
        this.seatCategory = seatCategory;
        this.capacity = capacity;
    }

    /** Whether this seated type and another could sell the same seat. */
    boolean overlaps(TicketType other) {
        if (!isSeated() || !other.isSeated()) {
            return false;
        }
        boolean sameSeats = section == null || other.section == null || section.equals(other.section);
        boolean sameCategory =
                seatCategory == null || other.seatCategory == null || seatCategory.equals(other.seatCategory);
        return sameSeats && sameCategory;
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String name() {
        return name;
    }

    public Money price() {
        return price;
    }

    /** The seated section whose seats this type sells; null for every section, or general admission. */
    public Section section() {
        return section;
    }

    /** The seat category whose seats this type sells; null for every category, or general admission. */
    public String seatCategory() {
        return seatCategory;
    }

    /** Sells reserved seats (of a section, a seat category, or both) rather than standing places. */
    public boolean isSeated() {
        return capacity == null;
    }

    /** Which seats a seated type sells, for people: "Stalls · Premium", "Stalls", "Premium". */
    public String seats() {
        if (!isSeated()) {
            return null;
        }
        if (section != null && seatCategory != null) {
            return section.name() + " · " + seatCategory;
        }
        return section != null ? section.name() : seatCategory;
    }

    /** The general-admission capacity, or null for a seated type. */
    public Integer capacity() {
        return capacity;
    }
}
