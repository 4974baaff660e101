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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.entity.Section;

/**
 * What a customer buys: adult, child, VIP... with its price. Bound either to the reserved seats of
 * a seated section, or to a general-admission capacity.
 */
@Entity
@Table(name = "ticket_type")
public class TicketType {

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
    private Section section;

    private Integer capacity;

    protected TicketType() {}

    TicketType(Event event, String name, Money price, Section section, Integer capacity) {
        this.event = event;
        this.name = name.strip();
        this.price = price;
        this.section = section;
        this.capacity = capacity;
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

    /** The seated section whose seats this type sells, or null for general admission. */
    public Section section() {
        return section;
    }

    public boolean isSeated() {
        return section != null;
    }

    /** The general-admission capacity, or null for a seated type. */
    public Integer capacity() {
        return capacity;
    }
}
