package org.boxoffice.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.boxoffice.catalog.entity.TicketType;

/**
 * A share of a general-admission ticket type's capacity. A hot type can be split over several
 * allotments so that buyers do not all queue on one row lock.
 */
@Entity
@Table(name = "allotment")
@NamedQuery(
        name = Allotment.AVAILABLE_BY_TYPE,
        query = "select a.ticketType.id, sum(a.capacity - a.taken) from Allotment a"
                + " where a.ticketType.event.id = :event group by a.ticketType.id")
@NamedQuery(
        name = Allotment.WITH_ROOM_OF_TYPE,
        query = "select a from Allotment a where a.ticketType.id = :type and a.taken < a.capacity order by a.id")
@NamedQuery(name = Allotment.BY_IDS, query = "select a from Allotment a where a.id in :ids order by a.id")
@NamedQuery(name = Allotment.OF_TYPE, query = "select a from Allotment a where a.ticketType.id = :type order by a.id")
public class Allotment {

    public static final String AVAILABLE_BY_TYPE = "Allotment.availableByType";
    public static final String OF_TYPE = "Allotment.ofType";
    public static final String BY_IDS = "Allotment.byIds";
    /** A type's allotments with places left, in id order: the order every locker takes them in. */
    public static final String WITH_ROOM_OF_TYPE = "Allotment.withRoomOfType";

    @Id
    @SequenceGenerator(name = "allotment_seq", sequenceName = "allotment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allotment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_type_id")
    private TicketType ticketType;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int taken;

    @Version
    private long version;

    protected Allotment() {}

    public Allotment(TicketType ticketType, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative: " + capacity);
        }
        this.ticketType = ticketType;
        this.capacity = capacity;
    }

    /**
     * Takes {@code quantity} tickets, all or none.
     *
     * @throws InvalidQuantityException for a quantity below 1
     * @throws SoldOutException when fewer are left
     */
    public void take(int quantity) {
        if (quantity < 1) {
            throw new InvalidQuantityException(quantity);
        }
        if (quantity > available()) {
            throw new SoldOutException(quantity, available());
        }
        taken += quantity;
    }

    /** Gives back tickets that were taken, after a cancellation or an expired hold. */
    public void release(int quantity) {
        if (quantity < 1 || quantity > taken) {
            throw new IllegalArgumentException("cannot release " + quantity + " of " + taken + " taken");
        }
        taken -= quantity;
    }

    public Long id() {
        return id;
    }

    public TicketType ticketType() {
        return ticketType;
    }

    public int capacity() {
        return capacity;
    }

    public int taken() {
        return taken;
    }

    public int available() {
        return capacity - taken;
    }
}
