package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.catalog.control.DemandRecount;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.InvalidEventStateException;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.inventory.entity.Allotment;
import org.boxoffice.inventory.entity.EventSeat.Status;
import org.boxoffice.inventory.entity.SeatCountException;
import org.boxoffice.inventory.entity.UnknownSeatsException;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.control.SeatMapReader;
import org.boxoffice.venue.entity.SeatMap;

/**
 * What organizers see and do with the inventory of their published events: availability per ticket
 * type, the seat map with the seats they hold back, and holding back or releasing seats. Another
 * organisation's event answers as an unknown id ({@link OrganizerEvents#get}).
 */
@Stateless
public class EventAvailability {

    /** Seats per hold-back or release: a whole arena in one request would hold row locks too long. */
    public static final int MAX_SEATS_PER_CHANGE = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganizerEvents events;

    @Inject
    Inventory inventory;

    @Inject
    SeatMapReader seatMaps;

    @Inject
    AuditTrail audit;

    @Inject
    DemandRecount demand;

    /**
     * Each ticket type's figures; empty for a draft, which has no inventory yet.
     *
     * @throws UnknownEventException for an unknown or another organisation's event
     */
    public List<TicketTypeAvailability> of(Account organizer, long eventId) {
        return of(events.get(organizer, eventId));
    }

    /**
     * As {@link #of(Account, long)}, for an API client of the organisation.
     *
     * @throws UnknownEventException for an unknown or another organisation's event
     */
    public List<TicketTypeAvailability> ofOrganisation(long organisationId, long eventId) {
        return of(events.getOfOrganisation(organisationId, eventId));
    }

    private List<TicketTypeAvailability> of(Event event) {
        if (event.status() == EventStatus.DRAFT) {
            return List.of();
        }
        Map<Long, Map<Status, Long>> seats = inventory.seatsByTypeAndStatus(event.id());
        Map<Long, Booked> booked = booked(event.id());
        return event.ticketTypes().stream()
                .map(type -> {
                    Booked figures = booked.getOrDefault(type.id(), new Booked());
                    Money revenue = Money.of(figures.paid, type.price().currency());
                    return type.isSeated()
                            ? seated(type, seats.getOrDefault(type.id(), Map.of()), revenue)
                            : standing(type, inventory.allotmentsOf(type.id()), figures.held, revenue);
                })
                .toList();
    }

    /** What one ticket type's live bookings hold: places in held ones, and what confirmed ones paid. */
    private static final class Booked {
        long held;
        BigDecimal paid = BigDecimal.ZERO;
    }

    private Map<Long, Booked> booked(long eventId) {
        List<?> rows = em.createNativeQuery(
                        "select l.ticket_type_id, b.status, sum(l.quantity),"
                                + " sum(l.quantity * l.unit_price_amount) from booking_line l join booking b on b.id = l.booking_id"
                                + " where b.event_id = ?1 and b.status in ('HELD', 'CONFIRMED') group by l.ticket_type_id, b.status")
                .setParameter(1, eventId)
                .getResultList();
        Map<Long, Booked> figures = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Booked type = figures.computeIfAbsent(((Number) columns[0]).longValue(), id -> new Booked());
            if ("HELD".equals(String.valueOf(columns[1]).strip())) {
                type.held += ((Number) columns[2]).longValue();
            } else {
                type.paid = type.paid.add(new BigDecimal(columns[3].toString()));
            }
        }
        return figures;
    }

    private static TicketTypeAvailability seated(TicketType type, Map<Status, Long> counts, Money revenue) {
        long free = counts.getOrDefault(Status.FREE, 0L);
        long held = counts.getOrDefault(Status.HELD, 0L);
        long sold = counts.getOrDefault(Status.SOLD, 0L);
        long withheld = counts.getOrDefault(Status.WITHHELD, 0L);
        return new TicketTypeAvailability(type, free + held + sold + withheld, free, held, sold, withheld, revenue);
    }

    private static TicketTypeAvailability standing(
            TicketType type, List<Allotment> allotments, long heldPlaces, Money revenue) {
        long capacity = allotments.stream().mapToLong(Allotment::capacity).sum();
        long taken = allotments.stream().mapToLong(Allotment::taken).sum();
        long held = Math.min(heldPlaces, taken);
        return new TicketTypeAvailability(type, capacity, capacity - taken, held, taken - held, 0, revenue);
    }

    /**
     * The event's seat map as its organizer sees it: seats held back apart from those never sold.
     * A draft's map is the venue's (no inventory yet).
     */
    public SeatMap seatMap(Account organizer, long eventId) {
        Event event = events.get(organizer, eventId);
        return event.status() == EventStatus.DRAFT
                ? seatMaps.ofVenue(event.venue())
                : seatMaps.ofEvent(event.venue(), event.id());
    }

    /**
     * Holds free seats of a published event back from sale, all or none; audited.
     *
     * @throws InvalidEventStateException when the event is not published
     * @throws org.boxoffice.inventory.entity.SeatsUnavailableException naming seats that are not free
     * @throws UnknownSeatsException for seats the event does not sell
     * @throws SeatCountException for no seats or more than 5,000
     */
    public int withhold(Account organizer, long eventId, Collection<Long> seatIds, String address) {
        Event event = published(organizer, eventId, "changed", seatIds);
        int changed = inventory.withhold(event.id(), seatIds);
        demand.recount(event.id()); // "available only" and "most popular" see it at once
        audit.record(organizer.id(), organizer.email(), Action.SEATS_WITHHELD, null, describe(event, changed), address);
        return changed;
    }

    /**
     * Puts seats held back on sale again, all or none; audited.
     *
     * @throws org.boxoffice.inventory.entity.SeatsUnavailableException naming seats not held back
     */
    public int release(Account organizer, long eventId, Collection<Long> seatIds, String address) {
        Event event = published(organizer, eventId, "changed", seatIds);
        int changed = inventory.releaseWithheld(event.id(), seatIds);
        demand.recount(event.id()); // "available only" and "most popular" see it at once
        audit.record(organizer.id(), organizer.email(), Action.SEATS_RELEASED, null, describe(event, changed), address);
        return changed;
    }

    private Event published(Account organizer, long eventId, String action, Collection<Long> seatIds) {
        Event event = events.get(organizer, eventId);
        if (!event.isPublished()) {
            throw new InvalidEventStateException(event.id(), event.status(), action);
        }
        if (seatIds.isEmpty() || seatIds.size() > MAX_SEATS_PER_CHANGE) {
            throw new SeatCountException(seatIds.size(), MAX_SEATS_PER_CHANGE);
        }
        return event;
    }

    private static String describe(Event event, int seats) {
        return "event " + event.id() + " \"" + event.title() + "\": " + seats + " seat(s)";
    }
}
