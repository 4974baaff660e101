package org.boxoffice.inventory.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.entity.Allotment;
import org.boxoffice.platform.control.LockTimeouts;

/** The inventory rows of published events: created at publication, taken under row locks. */
@Stateless
public class Inventory {

    @PersistenceContext
    EntityManager em;

    @Inject
    LockTimeouts lockTimeouts;

    /**
     * Creates the inventory of an event that is being published, in the publishing transaction: an
     * allotment per general-admission ticket type, and a row per seat of each seated one.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void createFor(Event event) {
        for (TicketType type : event.ticketTypes()) {
            if (type.isSeated()) {
                em.createNativeQuery(
                                "insert into event_seat (event_id, seat_id, ticket_type_id, status, version)"
                                        + " select ?1, s.id, ?2, 'FREE', 1 from seat s where s.section_id = ?3 and not s.blocked")
                        .setParameter(1, event.id())
                        .setParameter(2, type.id())
                        .setParameter(3, type.section().id())
                        .executeUpdate();
            } else {
                em.persist(new Allotment(type, type.capacity()));
            }
        }
    }

    /**
     * Takes tickets from one allotment under a row lock. A second buyer of the same row waits until
     * the first transaction ends, at most for the configured lock timeout.
     *
     * @throws InventoryBusyException when the row stays locked past the bounded wait
     * @throws org.boxoffice.inventory.entity.SoldOutException when fewer tickets are left
     */
    public Allotment take(long allotmentId, int quantity) {
        Allotment allotment = lock(allotmentId);
        allotment.take(quantity);
        return allotment;
    }

    private Allotment lock(long allotmentId) {
        lockTimeouts.bound(em);
        Allotment allotment;
        try {
            allotment = em.find(Allotment.class, allotmentId, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException e) {
            if (LockTimeouts.isLockTimeout(e)) {
                throw new InventoryBusyException(e);
            }
            throw e;
        }
        if (allotment == null) {
            throw new UnknownAllotmentException(allotmentId);
        }
        return allotment;
    }

    public List<Allotment> allotmentsOf(long ticketTypeId) {
        return em.createNamedQuery(Allotment.OF_TYPE, Allotment.class)
                .setParameter("type", ticketTypeId)
                .getResultList();
    }

    /** How many tickets of each ticket type of an event can still be sold, by ticket type id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Long> availableByTicketType(long eventId) {
        Map<Long, Long> available = new HashMap<>();
        for (String query :
                List.of(Allotment.AVAILABLE_BY_TYPE, org.boxoffice.inventory.entity.EventSeat.FREE_BY_TYPE)) {
            for (Object[] row : em.createNamedQuery(query, Object[].class)
                    .setParameter("event", eventId)
                    .getResultList()) {
                available.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return available;
    }
}
