package org.boxoffice.booking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.booking.entity.InvalidBookingException;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.inventory.entity.EventSeat;
import org.boxoffice.inventory.entity.InvalidQuantityException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Inject
    Inventory inventory;

    @Inject
    @ConfigProperty(name = "boxoffice.booking.hold-duration", defaultValue = "PT10M")
    Duration holdDuration;

    /**
     * Holds what the customer chose for {@link #holdDuration} (10 minutes by default): the seats,
     * locked in seat id order, then the places, from allotments nobody else has locked if there are
     * any. A second request with the same idempotency key and the same request returns the first
     * booking, whatever has happened to it since, and holds nothing more.
     *
     * @param idempotencyKey the client's key for this request, 1 to 100 visible ASCII characters
     * @throws IdempotencyKeyException when the key is missing or malformed, or was used for another request
     * @throws UnknownEventException for an event that does not exist or is a draft
     * @throws EventNotBookableException when the event is not on sale now
     * @throws InvalidBookingException when nothing is chosen
     * @throws BookingLimitException for more tickets than one order of the event may have
     * @throws UnknownTicketTypeException for a type that is not the event's
     * @throws SeatedTicketTypeException for a type that sells seats (chosen, not counted)
     * @throws org.boxoffice.inventory.entity.UnknownSeatsException for seats the event does not sell
     * @throws org.boxoffice.inventory.entity.SeatsUnavailableException naming the seats already taken
     * @throws org.boxoffice.inventory.entity.SoldOutException when a type has fewer places left
     * @throws org.boxoffice.inventory.boundary.InventoryBusyException when a row stays locked too long
     */
    public Held hold(long accountId, HoldRequest request, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            throw new IdempotencyKeyException("missing");
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new IdempotencyKeyException("invalid");
        }
        String hash = sha256(request.fingerprint());
        Optional<Booking> earlier = byKey(accountId, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                throw new IdempotencyKeyException("reused");
            }
            return new Held(earlier.get(), true);
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Event event = em.find(Event.class, request.eventId());
        if (event == null || event.status() == EventStatus.DRAFT) {
            throw new UnknownEventException(request.eventId());
        }
        if (!event.isOnSaleAt(now)) {
            throw new EventNotBookableException(event.id());
        }
        TreeSet<Long> seats = new TreeSet<>(request.seatIds());
        Map<Long, TicketType> types = new HashMap<>();
        event.ticketTypes().forEach(type -> types.put(type.id(), type));
        int tickets = seats.size();
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

        List<BookingLine> lines = new ArrayList<>();
        List<EventSeat> seatRows = seats.isEmpty() ? List.of() : inventory.lockFreeSeats(event.id(), seats);
        for (EventSeat seat : seatRows) {
            lines.add(BookingLine.seat(
                    seat.ticketTypeId(),
                    seat.seatId(),
                    types.get(seat.ticketTypeId()).price()));
        }
        for (HoldRequest.Item item : request.items()) {
            TicketType type = types.get(item.ticketTypeId());
            for (Inventory.Taken taken : inventory.takePlaces(type.id(), item.quantity())) {
                lines.add(BookingLine.places(type.id(), taken.allotmentId(), taken.quantity(), type.price()));
            }
        }
        Booking booking = Booking.hold(accountId, event.id(), lines, now, holdDuration);
        booking.rememberRequest(idempotencyKey, hash);
        em.persist(booking); // assigns the id, which the seats name
        seatRows.forEach(seat -> seat.holdFor(booking.id()));
        return new Held(booking, false);
    }

    /** A hold and whether it was made by an earlier request with the same key. */
    public record Held(Booking booking, boolean repeated) {}

    /**
     * One of the customer's bookings.
     *
     * @throws UnknownBookingException when the customer has no booking with this id
     */
    public Booking get(long accountId, long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null || !booking.accountId().equals(accountId)) {
            throw new UnknownBookingException(bookingId);
        }
        booking.lines().size();
        return booking;
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
        return expired.size();
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
