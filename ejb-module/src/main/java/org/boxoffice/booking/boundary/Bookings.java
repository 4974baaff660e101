package org.boxoffice.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.booking.control.BestAvailable;
import org.boxoffice.booking.control.Pricing;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.booking.entity.InvalidBookingException;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.inventory.boundary.InventoryBusyException;
import org.boxoffice.inventory.entity.EventSeat;
import org.boxoffice.inventory.entity.InvalidQuantityException;
import org.boxoffice.inventory.entity.SoldOutException;
import org.boxoffice.payment.boundary.Charges;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.control.BusinessEvent;
import org.boxoffice.platform.control.BusinessMetrics;
import org.boxoffice.platform.control.Database;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.control.SequenceIds;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.settings.boundary.Settings;
import org.boxoffice.ticket.control.TicketIssuer;
import org.boxoffice.ticket.entity.Ticket;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Customers' bookings: holding seats and places (the transaction that takes the inventory), reading
 * one's own bookings, and the end of holds that ran out. Every method is one JTA transaction: a hold
 * that fails half-way (a seat taken, a type sold out) leaves nothing behind.
 */
@Stateless
public class Bookings {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Charges charges;

    @Inject
    Inventory inventory;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    SequenceIds ids;

    @Inject
    TicketIssuer tickets;

    @Inject
    BusinessMetrics metrics;

    @Inject
    Settings settings;

    /**
     * Holds what the customer chose for the hold duration of the settings ({@code
     * boxoffice.booking.hold-duration}, 10 minutes by default): the seats,
     * locked in seat id order, then the places, from allotments nobody else has locked if there are
     * any. A second request with the same idempotency key and the same request returns the first
     * booking, whatever has happened to it since, and holds nothing more.
     *
     * <p>A new request is not looked up first: the unique index on the customer's keys is what
     * tells a repeat, so the usual hold, a first one, sends no statement for it. A repeat either
     * is refused on the way (its seats are the first request's now, the event sold out or no longer
     * on sale, the customer at the limit) and then reads the first booking, or gets as far as
     * writing its booking, which the index refuses, and then reads the key's booking in a
     * transaction of its own ({@link #repeated}). Either way it answers with the first booking and
     * its own transaction ends rolled back, nothing taken.
     *
     * @param idempotencyKey the client's key for this request, 1 to 100 visible ASCII characters
     * @throws IdempotencyKeyException when the key is missing or malformed, or was used for another request
     * @throws UnknownEventException for an event that does not exist or is a draft
     * @throws EventNotBookableException when the event is not on sale now
     * @throws InvalidBookingException when nothing is chosen
     * @throws BookingLimitException for more tickets than one order of the event may have
     * @throws CustomerLimitException for more tickets than one customer may have of the event
     * @throws UnknownTicketTypeException for a type that is not the event's
     * @throws SeatedTicketTypeException for a type that sells seats (chosen, not counted)
     * @throws org.boxoffice.inventory.entity.UnknownSeatsException for seats the event does not sell
     * @throws org.boxoffice.inventory.entity.SeatsUnavailableException naming the seats already taken
     * @throws org.boxoffice.inventory.entity.SoldOutException when a type has fewer places left
     * @throws org.boxoffice.inventory.boundary.InventoryBusyException when a row stays locked too long
     * @throws RequestInProgressException when the index refused the key but no booking of it can be
     *     read (the request that had it failed after all: send it again)
     */
    public Held hold(long accountId, HoldRequest request, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            throw new IdempotencyKeyException("missing");
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new IdempotencyKeyException("invalid");
        }
        String hash = sha256(request.fingerprint());
        try {
            return holdAnew(accountId, request, idempotencyKey, hash);
        } catch (KeyTakenException e) {
            // PostgreSQL ended this transaction with the refused write: the key's booking is read in
            // a transaction of its own, and this one ends rolled back, nothing taken
            context.setRollbackOnly();
            return context.getBusinessObject(Bookings.class).repeated(accountId, hash, idempotencyKey);
        } catch (InventoryBusyException e) {
            throw e; // a lock wait ran out: PostgreSQL ended the transaction, nothing more can be read in it
        } catch (BusinessException e) {
            // refused: if it is a repeat (its seats are the first request's now, the event sold out
            // since, the customer at the limit with the first booking), the first request's answer
            return earlier(accountId, idempotencyKey, hash).orElseThrow(() -> e);
        }
    }

    /**
     * The booking of the key that the unique index said was taken, read after the refused write.
     *
     * @throws IdempotencyKeyException when that booking was for another request
     * @throws RequestInProgressException when there is none (the request that had the key failed
     *     after all: send it again)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Held repeated(long accountId, String hash, String idempotencyKey) {
        return earlier(accountId, idempotencyKey, hash).orElseThrow(RequestInProgressException::new);
    }

    /** The unique index refused the booking's key: another request's booking has it. */
    private static final class KeyTakenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeyTakenException(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The booking of an earlier request with this key, if there is one.
     *
     * @throws IdempotencyKeyException when it was for another request
     */
    private Optional<Held> earlier(long accountId, String idempotencyKey, String hash) {
        Optional<Booking> earlier = byKey(accountId, idempotencyKey);
        if (earlier.isPresent() && !earlier.get().requestHash().equals(hash)) {
            throw new IdempotencyKeyException("reused");
        }
        return earlier.map(booking -> new Held(booking, true));
    }

    private Held holdAnew(long accountId, HoldRequest request, String idempotencyKey, String hash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // the event's ticket types with the event, its venue and category in one query (the event
        // alone only when it has no types); read only: a hold changes none of them, so they need
        // no copies for change detection at flush and commit
        List<TicketType> eventTypes = em.createNamedQuery(TicketType.OF_EVENT_WITH_EVENT, TicketType.class)
                .setParameter("event", request.eventId())
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList();
        Event event = eventTypes.isEmpty()
                ? em.createNamedQuery(Event.WITH_VENUE, Event.class)
                        .setParameter("id", request.eventId())
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                        .getResultStream()
                        .findFirst()
                        .orElse(null)
                : eventTypes.get(0).event();
        if (event == null || event.status() == EventStatus.DRAFT) {
            throw new UnknownEventException(request.eventId());
        }
        if (!event.isOnSaleAt(now)) {
            throw new EventNotBookableException(event.id());
        }
        TreeSet<Long> seats = new TreeSet<>(request.seatIds());
        HoldRequest.Item best = request.bestAvailable();
        if (best != null) {
            if (!seats.isEmpty()) {
                throw new InvalidBookingException("best-and-seats");
            }
            TicketType type = eventTypes.stream()
                    .filter(candidate -> candidate.id() == best.ticketTypeId())
                    .findFirst()
                    .orElseThrow(() -> new UnknownTicketTypeException(best.ticketTypeId()));
            if (!type.isSeated()) {
                throw new InvalidBookingException("best-not-seated");
            }
            if (best.quantity() < 1) {
                throw new InvalidQuantityException(best.quantity());
            }
        }
        Map<Long, TicketType> types = new HashMap<>();
        eventTypes.forEach(type -> types.put(type.id(), type));
        int tickets = seats.size() + (best == null ? 0 : best.quantity());
        for (HoldRequest.Item item : request.items()) {
            TicketType type = types.get(item.ticketTypeId());
            if (type == null) {
                throw new UnknownTicketTypeException(item.ticketTypeId());
            }
            if (type.isSeated()) {
                throw new SeatedTicketTypeException(item.ticketTypeId());
            }
            if (item.quantity() < 1) {
                throw new InvalidQuantityException(item.quantity());
            }
            tickets += item.quantity();
        }
        if (tickets == 0) {
            throw new InvalidBookingException("no-lines");
        }
        if (tickets > event.maxPerOrder()) {
            throw new BookingLimitException(event.maxPerOrder(), tickets);
        }
        // read before any row is locked (the customer's account, seats, places): no lock is held over it
        Optional<BigDecimal> ownFee = serviceFee(event);
        Money defaultFee = settings.defaultServiceFee();
        Duration holdDuration = settings.holdDuration();

        if (event.maxPerCustomer() != null) {
            requireWithinCustomerLimit(accountId, event, tickets);
        }

        List<BookingLine> lines = new ArrayList<>();
        List<EventSeat> seatRows = best != null
                ? bestAvailable(event.id(), best)
                : seats.isEmpty() ? List.of() : inventory.lockFreeSeats(event.id(), seats);
        for (EventSeat seat : seatRows) {
            lines.add(BookingLine.seat(
                    seat.ticketTypeId(),
                    seat.seatId(),
                    types.get(seat.ticketTypeId()).price()));
        }
        // each type once, in id order: the order every booking takes places in (no lock cycles)
        Map<Long, Integer> quantities = new TreeMap<>();
        request.items().forEach(item -> quantities.merge(item.ticketTypeId(), item.quantity(), Integer::sum));
        for (Map.Entry<Long, Integer> item : quantities.entrySet()) {
            TicketType type = types.get(item.getKey());
            for (Inventory.Taken taken : inventory.takePlaces(type.id(), item.getValue())) {
                lines.add(BookingLine.places(type.id(), taken.allotmentId(), taken.quantity(), type.price()));
            }
        }
        Booking booking = Booking.hold(accountId, event.id(), lines, now, holdDuration);
        // the fee and the tax of this moment, kept with the booking: later changes do not touch it
        Pricing.Breakdown charges = Pricing.of(
                booking.subtotal(),
                booking.feeTickets(),
                ownFee.orElseGet(
                        () -> Pricing.defaultFee(defaultFee, booking.subtotal().currency())),
                event.paymentTerms().vatRate());
        booking.charge(charges.feePerTicket(), charges.vatRate(), charges.tax());
        booking.rememberRequest(idempotencyKey, hash);
        booking.identify(
                () -> ids.next(em, Booking.ID_SEQUENCE, Booking.ID_BLOCK),
                () -> ids.next(em, BookingLine.ID_SEQUENCE, BookingLine.ID_BLOCK));
        em.persist(booking);
        seatRows.forEach(seat -> seat.holdFor(booking.id()));
        try {
            // written now rather than at commit, so that a second request with the same key, which
            // waited on this booking's key in the unique index until the first committed, is told
            // apart from any other failure
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new KeyTakenException(e);
            }
            throw e;
        }
        metrics.afterCommit(BusinessEvent.hold());
        return new Held(booking, false);
    }

    /**
     * The service fee per ticket of the event's organisation (one short query); empty for an event
     * of none, or of an organisation without a fee of its own (the platform's default applies).
     */
    private Optional<BigDecimal> serviceFee(Event event) {
        return event.organisationId()
                .flatMap(organisation -> em.createNamedQuery(Organisation.SERVICE_FEE, BigDecimal.class)
                        .setParameter("id", organisation)
                        .getResultStream()
                        .filter(Objects::nonNull)
                        .findFirst());
    }

    /** Attempts of the best-available search before it gives up on seats that others keep taking. */
    static final int BEST_AVAILABLE_ATTEMPTS = 5;

    /**
     * The best free seats of a type ({@link BestAvailable}: together in one row where possible, else
     * as close as possible), locked with {@code SKIP LOCKED}: seats another buyer holds locked at
     * this moment are left out and the search runs again without them.
     */
    private List<EventSeat> bestAvailable(long eventId, HoldRequest.Item best) {
        Set<Long> lost = new HashSet<>();
        List<EventSeat> mine = new ArrayList<>();
        for (int attempt = 0; attempt < BEST_AVAILABLE_ATTEMPTS; attempt++) {
            List<BestAvailable.Candidate> free = inventory.freeSeats(eventId, best.ticketTypeId()).stream()
                    .filter(seat -> !lost.contains(seat.seatId()))
                    .map(seat -> new BestAvailable.Candidate(
                            seat.seatId(), seat.sectionId(), seat.rowIndex(), seat.number()))
                    .toList();
            List<Long> chosen = BestAvailable.choose(free, best.quantity())
                    .orElseThrow(() -> new SoldOutException(best.quantity(), free.size()));
            List<EventSeat> locked = inventory.lockFreeSeatsIfUnlocked(eventId, chosen);
            if (locked.size() == chosen.size()) {
                return locked;
            }
            Set<Long> got = new HashSet<>();
            locked.forEach(seat -> got.add(seat.seatId()));
            chosen.stream().filter(id -> !got.contains(id)).forEach(lost::add);
            mine = locked; // ours until the transaction ends; free to choose again
        }
        throw new SoldOutException(best.quantity(), mine.size());
    }

    /** A hold and whether it was made by an earlier request with the same key. */
    public record Held(Booking booking, boolean repeated) {}

    /**
     * One of the customer's bookings.
     *
     * @throws UnknownBookingException when the customer has no booking with this id
     */
    public Booking get(long accountId, long bookingId) {
        return find(accountId, bookingId).orElseThrow(() -> new UnknownBookingException(bookingId));
    }

    /** One of the customer's bookings with its lines; empty for another customer's booking, as for none. */
    public Optional<Booking> find(long accountId, long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null || !booking.accountId().equals(accountId)) {
            return Optional.empty();
        }
        booking.lines().size();
        return Optional.of(booking);
    }

    /** One of the customer's bookings with its tickets (none before it is confirmed). */
    public record Detail(Booking booking, List<Ticket> tickets) {}

    /**
     * One of the customer's bookings and its tickets, read in one transaction.
     *
     * @throws UnknownBookingException when the customer has no booking with this id
     */
    public Detail detail(long accountId, long bookingId) {
        return new Detail(get(accountId, bookingId), tickets.of(bookingId));
    }

    /**
     * Ends holds that ran out, at most {@code max} of them, the longest expired first: their seats
     * and places go on sale again at once. Bookings locked by someone else at this moment (being
     * paid, say) are skipped, not waited for: the next run gets them if they still need it.
     *
     * @return how many holds ended
     */
    public int expireHolds(int max) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<?> ids = em.createNativeQuery("select id from booking where status = ?1 and expires_at <= ?2"
                        + " order by expires_at fetch first " + max + " rows only for update skip locked")
                .setParameter(1, BookingStatus.HELD.name())
                .setParameter(2, now)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> expired = new ArrayList<>();
        Map<Long, Integer> places = new HashMap<>();
        for (Object id : ids) {
            Booking booking = em.find(Booking.class, ((Number) id).longValue());
            booking.expire(now);
            expired.add(booking.id());
            for (BookingLine line : booking.lines()) {
                if (!line.isSeat()) {
                    places.merge(line.allotmentId(), line.quantity(), Integer::sum);
                }
            }
        }
        inventory.release(expired, places);
        // a payment still waiting for the customer is given up, and its charge cancelled at the provider
        // once this commits (AbandonedCharges); should the provider take its money after all, its
        // webhook finds the booking expired and the money goes back
        charges.abandonWaiting(expired);
        return expired.size();
    }

    /**
     * The customer's tickets of the event, in held and confirmed bookings, and these new ones stay
     * within the event's per-customer limit. The customer's account row is locked (bounded wait)
     * first, so that two holds of one customer at the same moment are counted one after the other.
     */
    private void requireWithinCustomerLimit(long accountId, Event event, int tickets) {
        lockTimeouts.bounded(
                em,
                () -> em.createNativeQuery("select id from account where id = ?1 for update")
                        .setParameter(1, accountId)
                        .getResultList(),
                InventoryBusyException::new);
        Number held = (Number) em.createQuery("select coalesce(sum(l.quantity), 0) from BookingLine l"
                        + " where l.booking.accountId = :account and l.booking.eventId = :event"
                        + " and l.booking.status in :live")
                .setParameter("account", accountId)
                .setParameter("event", event.id())
                .setParameter("live", List.of(BookingStatus.HELD, BookingStatus.CONFIRMED))
                .getSingleResult();
        if (held.intValue() + tickets > event.maxPerCustomer()) {
            throw new CustomerLimitException(event.maxPerCustomer(), held.intValue());
        }
    }

    /** A confirmed booking and its customer, for the notices to every holder of an event. */
    public record Holder(long bookingId, long accountId) {}

    /**
     * The confirmed bookings of the event with an id above {@code after}, by id, at most {@code
     * max}: a page of the holders to tell of a change.
     */
    public List<Holder> confirmedOfEvent(long eventId, long after, int max) {
        return em
                .createQuery(
                        "select b.id, b.accountId from Booking b where b.eventId = :event and b.status = :confirmed"
                                + " and b.id > :after order by b.id",
                        Object[].class)
                .setParameter("event", eventId)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("after", after)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new Holder(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * How many holds run at this moment: held and not expired, whether or not the expiry has ended
     * the older ones yet (one count on the status and expiry index).
     */
    public long activeHolds() {
        return em.createQuery(
                        "select count(b) from Booking b where b.status = :held and b.expiresAt > :now", Long.class)
                .setParameter("held", BookingStatus.HELD)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .getSingleResult();
    }

    /** A booking whose customer is to be reminded of its event. */
    public record Reminder(long bookingId, long accountId, long eventId) {}

    /**
     * Takes, at most {@code max} at a time, the confirmed bookings of events that are published
     * and start after {@code now} and by {@code until} and whose customers were not reminded yet,
     * and marks them reminded. The mark is one conditional update per booking ({@code reminded_at
     * is null}), so that of several instances running this at the same moment exactly one gets
     * each booking, and a booking is taken once, ever; rows another instance has locked are
     * skipped.
     *
     * @return the bookings this call marked: the caller sends their reminders in this transaction
     */
    public List<Reminder> claimReminders(OffsetDateTime now, OffsetDateTime until, int max) {
        List<?> rows = em.createNativeQuery("select b.id, b.account_id, b.event_id from booking b"
                        + " join event e on e.id = b.event_id"
                        + " where e.status = ?1 and e.starts_at > ?2 and e.starts_at <= ?3"
                        + " and b.status = ?4 and b.reminded_at is null"
                        + " fetch first " + max + " rows only for update of b skip locked")
                .setParameter(1, EventStatus.PUBLISHED.name())
                .setParameter(2, now)
                .setParameter(3, until)
                .setParameter(4, BookingStatus.CONFIRMED.name())
                .getResultList();
        List<Reminder> claimed = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long booking = ((Number) columns[0]).longValue();
            int marked = em.createNativeQuery(
                            "update booking set reminded_at = ?1 where id = ?2 and reminded_at is null")
                    .setParameter(1, now)
                    .setParameter(2, booking)
                    .executeUpdate();
            if (marked == 1) {
                claimed.add(
                        new Reminder(booking, ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()));
            }
        }
        return claimed;
    }

    /**
     * The customer's bookings, newest first.
     *
     * @param page 1 for the first
     */
    public Page<Booking> list(long accountId, int page, int size) {
        long total = em.createNamedQuery(Booking.COUNT_OF_ACCOUNT, Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        List<Booking> items = em.createNamedQuery(Booking.OF_ACCOUNT, Booking.class)
                .setParameter("account", accountId)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultList();
        items.forEach(booking -> booking.lines().size());
        return new Page<>(items, page, size, total);
    }

    /**
     * The customer's bookings, newest first, each with its tickets (none before it is confirmed):
     * two queries for the page, whatever its size.
     *
     * @param page 1 for the first
     */
    public Page<Detail> listWithTickets(long accountId, int page, int size) {
        Page<Booking> listed = list(accountId, page, size);
        Map<Long, List<Ticket>> byBooking = tickets
                .of(listed.items().stream().map(Booking::id).toList())
                .stream()
                .collect(Collectors.groupingBy(Ticket::bookingId));
        return listed.map(booking -> new Detail(booking, byBooking.getOrDefault(booking.id(), List.of())));
    }

    private Optional<Booking> byKey(long accountId, String key) {
        return em.createNamedQuery(Booking.BY_KEY, Booking.class)
                .setParameter("account", accountId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
