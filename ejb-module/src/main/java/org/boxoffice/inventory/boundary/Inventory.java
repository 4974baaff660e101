package org.boxoffice.inventory.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.entity.Allotment;
import org.boxoffice.inventory.entity.EventSeat;
import org.boxoffice.inventory.entity.InvalidQuantityException;
import org.boxoffice.inventory.entity.SeatsUnavailableException;
import org.boxoffice.inventory.entity.SoldOutException;
import org.boxoffice.inventory.entity.UnknownSeatsException;
import org.boxoffice.platform.control.Database;
import org.boxoffice.platform.control.LockTimeouts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The inventory rows of published events: created at publication, taken under row locks. */
@Stateless
public class Inventory {

    @PersistenceContext
    EntityManager em;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    Database database;

    /** The most allotment rows a general-admission type is split over at publication. */
    @Inject
    @ConfigProperty(name = "boxoffice.inventory.allotment-rows", defaultValue = "64")
    int allotmentRows;

    /**
     * Creates the inventory of an event that is being published, in the publishing transaction: an
     * allotment row or several per general-admission ticket type ({@link #split}), and a row per seat
     * of each seated one.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void createFor(Event event) {
        for (TicketType type : event.ticketTypes()) {
            if (type.isSeated()) {
                // the seats the type sells; no two seated types of an event sell the same seat
                StringBuilder sql =
                        new StringBuilder("insert into event_seat (event_id, seat_id, ticket_type_id, status, version)"
                                + " select ?1, s.id, ?2, 'FREE', 1 from seat s join section x on x.id = s.section_id"
                                + " where x.venue_id = ?3 and not s.blocked");
                if (type.section() != null) {
                    sql.append(" and s.section_id = ?4");
                }
                if (type.seatCategory() != null) {
                    sql.append(" and s.category = ?5");
                }
                var insert = em.createNativeQuery(sql.toString())
                        .setParameter(1, event.id())
                        .setParameter(2, type.id())
                        .setParameter(3, event.venue().id());
                if (type.section() != null) {
                    insert.setParameter(4, type.section().id());
                }
                if (type.seatCategory() != null) {
                    insert.setParameter(5, type.seatCategory());
                }
                insert.executeUpdate();
            } else {
                for (int capacity : split(type.capacity(), allotmentRows)) {
                    em.persist(new Allotment(type, capacity));
                }
            }
        }
    }

    /** General-admission places per allotment row at least, before a type is split over more rows. */
    static final int PLACES_PER_ROW = 100;

    /**
     * How a general-admission type's capacity is spread over allotment rows: one row per {@value
     * #PLACES_PER_ROW} places, at most {@code rows}, the capacity shared as evenly as whole places
     * allow. Buyers take places from a row nobody else has locked (see {@link #takePlaces}), so a
     * hot type's buyers queue on a row each instead of all on one.
     */
    static List<Integer> split(int capacity, int rows) {
        int count = Math.max(1, Math.min(Math.max(1, rows), capacity / PLACES_PER_ROW));
        List<Integer> capacities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            capacities.add(capacity / count + (i < capacity % count ? 1 : 0));
        }
        return capacities;
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
        Allotment allotment = bounded(() -> em.find(Allotment.class, allotmentId, LockModeType.PESSIMISTIC_WRITE));
        if (allotment == null) {
            throw new UnknownAllotmentException(allotmentId);
        }
        return allotment;
    }

    /**
     * Takes the places from the first allotment of the type with room that no other transaction
     * has locked, if there is one: on PostgreSQL in one statement (the row found, locked and
     * updated in one round trip), elsewhere found and then updated.
     *
     * <p>The row is picked in a materialized common table expression that the update joins. The
     * shorter {@code update ... where id = (select ... for update skip locked)} is not used: when
     * the row it picked had just been changed by another buyer's committed transaction,
     * PostgreSQL rechecks the update's condition and evaluates the subquery again, which may then
     * pick another row, and the update changes nothing. In pgbench at 8 clients on 64 rows about 1
     * take in 120 came back empty that way and fell to the locking path; with the expression
     * joined, none in 48,000 takes at 8 clients nor in 40,000 at 32 and 64.
     */
    private Optional<Long> takeFromUnlocked(long ticketTypeId, int quantity) {
        String unlocked = "select id from allotment where ticket_type_id = ?2 and capacity - taken >= ?1"
                + " order by id fetch first 1 rows only for update skip locked";
        if (database.product() == Database.Product.POSTGRESQL) {
            List<?> taken = em.createNativeQuery("with unlocked as materialized (" + unlocked + ")"
                            + " update allotment a set taken = a.taken + ?1, version = a.version + 1"
                            + " from unlocked where a.id = unlocked.id returning a.id")
                    .setParameter(1, quantity)
                    .setParameter(2, ticketTypeId)
                    .setFlushMode(FlushModeType.COMMIT) // nothing of ours to flush touches allotments
                    .getResultList();
            return taken.stream().map(id -> ((Number) id).longValue()).findFirst();
        }
        List<?> found = em.createNativeQuery(unlocked)
                .setParameter(1, quantity)
                .setParameter(2, ticketTypeId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) found.get(0)).longValue();
        em.createNativeQuery("update allotment set taken = taken + ?1, version = version + 1 where id = ?2")
                .setParameter(1, quantity)
                .setParameter(2, id)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        return Optional.of(id);
    }

    /** Places taken from one allotment for a booking. */
    public record Taken(long allotmentId, int quantity) {}

    /**
     * Takes places of a general-admission ticket type for a booking, all or none. First from an
     * allotment with room that no other buyer has locked at this moment ({@code SKIP LOCKED}, one
     * row, no waiting), so that buyers of a type split over several allotments do not queue
     * behind each other; only when there is none, the type's allotments with room are locked in id
     * order with the bounded wait and the places taken across them. A booking takes each type once,
     * types in id order, so these waits cannot form a cycle. (Waiting for one row drawn at random
     * instead was tried: a row that has no room left once it is ours stays locked while the next
     * is waited for, and buyers deadlocked.)
     *
     * @throws InvalidQuantityException for a quantity below 1
     * @throws org.boxoffice.inventory.entity.SoldOutException when fewer places are left
     * @throws InventoryBusyException when a row stays locked past the bounded wait
     */
    public List<Taken> takePlaces(long ticketTypeId, int quantity) {
        if (quantity < 1) {
            throw new InvalidQuantityException(quantity);
        }
        // the first try waits for nobody (SKIP LOCKED), so it needs no bounded wait: one statement
        // less for most holds
        Optional<Long> unlocked = takeFromUnlocked(ticketTypeId, quantity);
        if (unlocked.isPresent()) {
            return List.of(new Taken(unlocked.get(), quantity));
        }
        return bounded(() -> {
            List<Allotment> rows = em.createNamedQuery(Allotment.WITH_ROOM_OF_TYPE, Allotment.class)
                    .setParameter("type", ticketTypeId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            int left = rows.stream().mapToInt(Allotment::available).sum();
            if (left < quantity) {
                throw new SoldOutException(quantity, left);
            }
            List<Taken> taken = new ArrayList<>();
            int wanted = quantity;
            for (Allotment row : rows) {
                int part = Math.min(wanted, row.available());
                if (part > 0) {
                    row.take(part);
                    taken.add(new Taken(row.id(), part));
                    wanted -= part;
                }
            }
            return taken;
        });
    }

    /**
     * Locks seats of an event that a customer's booking is to hold, all or none: the rows in seat id
     * order with the bounded wait, each required free. The booking then {@linkplain
     * EventSeat#holdFor holds} them, in the same transaction.
     *
     * @throws UnknownSeatsException when a seat has no inventory row for the event
     * @throws SeatsUnavailableException naming the seats that are not free
     * @throws InventoryBusyException when a row stays locked past the bounded wait
     */
    public List<EventSeat> lockFreeSeats(long eventId, Collection<Long> seatIds) {
        List<EventSeat> rows = lockSeats(eventId, seatIds);
        requireAll(rows, EventSeat.Status.FREE);
        return rows;
    }

    /** A free seat of a ticket type, where it is: its row's rank in the section (0 the first row) and number. */
    public record FreeSeat(long seatId, long sectionId, int rowIndex, int number) {}

    /**
     * The free seats of a seated ticket type, with their rows ranked within their sections in the
     * order the seat map shows them (by the rows' first seat id); no locks.
     */
    public List<FreeSeat> freeSeats(long eventId, long ticketTypeId) {
        List<?> rows = em.createNativeQuery("select s.id, s.section_id, r.row_index, s.number from event_seat es"
                        + " join seat s on s.id = es.seat_id"
                        + " join (select section_id, row_label,"
                        + " dense_rank() over (partition by section_id order by min(id)) - 1 as row_index"
                        + " from seat where section_id in (select distinct s2.section_id from event_seat es2"
                        + " join seat s2 on s2.id = es2.seat_id where es2.event_id = ?1 and es2.ticket_type_id = ?2)"
                        + " group by section_id, row_label) r"
                        + " on r.section_id = s.section_id and r.row_label = s.row_label"
                        + " where es.event_id = ?1 and es.ticket_type_id = ?2 and es.status = 'FREE'")
                .setParameter(1, eventId)
                .setParameter(2, ticketTypeId)
                .getResultList();
        List<FreeSeat> seats = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            seats.add(new FreeSeat(
                    ((Number) columns[0]).longValue(),
                    ((Number) columns[1]).longValue(),
                    ((Number) columns[2]).intValue(),
                    ((Number) columns[3]).intValue()));
        }
        return seats;
    }

    /**
     * Locks those of the seats that are free and that nobody else has locked at this moment ({@code
     * SKIP LOCKED}: no waiting, so no order is needed); the best-available search takes seats so.
     *
     * @return the rows locked, in seat id order: fewer than asked when others got there first
     */
    public List<EventSeat> lockFreeSeatsIfUnlocked(long eventId, Collection<Long> seatIds) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(seatIds));
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 2);
        }
        var query = em.createNativeQuery("select seat_id from event_seat where event_id = ?1 and status = 'FREE'"
                        + " and seat_id in (" + in + ") order by seat_id for update skip locked")
                .setParameter(1, eventId);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        List<Long> locked = query.getResultList().stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        if (locked.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(EventSeat.OF_EVENT_BY_SEATS, EventSeat.class)
                .setParameter("event", eventId)
                .setParameter("seats", locked)
                .getResultList();
    }

    /**
     * A booking is confirmed: the seats it holds are sold (its general-admission places were
     * counted as taken when it held them and stay so).
     *
     * @return how many seats were sold
     */
    public int sell(long bookingId) {
        return em.createNativeQuery("update event_seat set status = 'SOLD', version = version + 1"
                        + " where booking_id = ?1 and status = 'HELD'")
                .setParameter(1, bookingId)
                .executeUpdate();
    }

    /**
     * Puts what ended bookings held or bought on sale again: their seats, locked in (event, seat)
     * order, and their places, given back to their allotments locked in id order, as takers lock
     * them, so that a release never deadlocks with a booking.
     *
     * @param placesByAllotment places to give back, by allotment id
     * @throws InventoryBusyException when a row stays locked past the bounded wait
     */
    public void release(Collection<Long> bookingIds, Map<Long, Integer> placesByAllotment) {
        bounded(() -> {
            if (!bookingIds.isEmpty()) {
                em.createNamedQuery(EventSeat.OF_BOOKINGS, EventSeat.class)
                        .setParameter("bookings", bookingIds)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .forEach(EventSeat::free);
            }
            if (!placesByAllotment.isEmpty()) {
                em.createNamedQuery(Allotment.BY_IDS, Allotment.class)
                        .setParameter("ids", placesByAllotment.keySet())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .forEach(allotment -> allotment.release(placesByAllotment.get(allotment.id())));
            }
            return null;
        });
    }

    /**
     * Puts some of what a confirmed booking bought on sale again (tickets refunded one by one): these
     * of its seats, and places given back to their allotments, locked as {@link #release} locks them.
     *
     * @throws InventoryBusyException when a row stays locked past the bounded wait
     */
    public void releaseSome(long bookingId, Collection<Long> seatIds, Map<Long, Integer> placesByAllotment) {
        bounded(() -> {
            if (!seatIds.isEmpty()) {
                em
                        .createNamedQuery(EventSeat.OF_BOOKINGS, EventSeat.class)
                        .setParameter("bookings", List.of(bookingId))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .stream()
                        .filter(seat -> seatIds.contains(seat.seatId()))
                        .forEach(EventSeat::free);
            }
            if (!placesByAllotment.isEmpty()) {
                em.createNamedQuery(Allotment.BY_IDS, Allotment.class)
                        .setParameter("ids", placesByAllotment.keySet())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .forEach(allotment -> allotment.release(placesByAllotment.get(allotment.id())));
            }
            return null;
        });
    }

    /**
     * Holds seats of an event back from sale (for guests, the press, a camera), all or none. The rows
     * are locked in seat id order with the bounded wait, as bookings lock them.
     *
     * @throws UnknownSeatsException when a seat has no inventory row for the event
     * @throws SeatsUnavailableException naming the seats that are not free
     * @throws InventoryBusyException when a row stays locked past the bounded wait
     */
    public int withhold(long eventId, Collection<Long> seatIds) {
        List<EventSeat> rows = lockSeats(eventId, seatIds);
        requireAll(rows, EventSeat.Status.FREE);
        rows.forEach(EventSeat::withhold);
        return rows.size();
    }

    /**
     * Puts seats held back on sale again, all or none.
     *
     * @throws UnknownSeatsException when a seat has no inventory row for the event
     * @throws SeatsUnavailableException naming the seats that are not held back
     * @throws InventoryBusyException when a row stays locked past the bounded wait
     */
    public int releaseWithheld(long eventId, Collection<Long> seatIds) {
        List<EventSeat> rows = lockSeats(eventId, seatIds);
        requireAll(rows, EventSeat.Status.WITHHELD);
        rows.forEach(EventSeat::release);
        return rows.size();
    }

    /**
     * Runs work that locks rows with the bounded wait (set first, for this transaction): a wait
     * that runs out, whatever layer wrapped it, becomes {@link InventoryBusyException}.
     */
    private <T> T bounded(Supplier<T> locking) {
        return lockTimeouts.bounded(em, locking, InventoryBusyException::new);
    }

    private List<EventSeat> lockSeats(long eventId, Collection<Long> seatIds) {
        Set<Long> ids = new TreeSet<>(seatIds);
        List<EventSeat> rows = bounded(() -> em.createNamedQuery(EventSeat.OF_EVENT_BY_SEATS, EventSeat.class)
                .setParameter("event", eventId)
                .setParameter("seats", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
        if (rows.size() != ids.size()) {
            throw new UnknownSeatsException(ids.size() - rows.size());
        }
        return rows;
    }

    private void requireAll(List<EventSeat> rows, EventSeat.Status status) {
        List<Long> others = rows.stream()
                .filter(row -> row.status() != status)
                .map(EventSeat::seatId)
                .toList();
        if (!others.isEmpty()) {
            throw new SeatsUnavailableException(others, labels(others));
        }
    }

    /** Seats for people: "Stalls C 12", in seat id order; at most 20 named, then "…". */
    private List<String> labels(List<Long> seatIds) {
        List<Object[]> seats = em.createQuery(
                        "select s.section.name, s.rowLabel, s.number from Seat s where s.id in :ids order by s.id",
                        Object[].class)
                .setParameter("ids", seatIds.subList(0, Math.min(seatIds.size(), 20)))
                .getResultList();
        List<String> labels = new ArrayList<>();
        seats.forEach(seat -> labels.add(seat[0] + " " + seat[1] + " " + seat[2]));
        if (seatIds.size() > 20) {
            labels.add("…");
        }
        return labels;
    }

    /**
     * How an event's seats stand, by ticket type id and status: free, held, sold, withheld.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Map<EventSeat.Status, Long>> seatsByTypeAndStatus(long eventId) {
        Map<Long, Map<EventSeat.Status, Long>> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(EventSeat.COUNT_BY_TYPE_AND_STATUS, Object[].class)
                .setParameter("event", eventId)
                .getResultList()) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), type -> new EnumMap<>(EventSeat.Status.class))
                    .put((EventSeat.Status) row[1], ((Number) row[2]).longValue());
        }
        return counts;
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
        for (String query : List.of(Allotment.AVAILABLE_BY_TYPE, EventSeat.FREE_BY_TYPE)) {
            for (Object[] row : em.createNamedQuery(query, Object[].class)
                    .setParameter("event", eventId)
                    .getResultList()) {
                available.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return available;
    }
}
