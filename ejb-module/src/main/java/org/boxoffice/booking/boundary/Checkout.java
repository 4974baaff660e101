package org.boxoffice.booking.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.booking.entity.HoldExpiredException;
import org.boxoffice.booking.entity.InvalidBookingStateException;
import org.boxoffice.booking.entity.InvalidBookingStateException.Change;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.inventory.boundary.InventoryBusyException;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.payment.control.PaymentDetails;
import org.boxoffice.payment.control.PaymentGateway;
import org.boxoffice.payment.control.PaymentGateway.Outcome;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.ticket.control.TicketIssuer;
import org.boxoffice.ticket.control.TicketIssuer.Admission;
import org.boxoffice.ticket.entity.Ticket;

/**
 * Paying, confirming and cancelling bookings. Each method is one JTA transaction that first locks
 * the booking's row ({@code FOR UPDATE}, bounded wait): the hold expiry skips a locked booking, so
 * a hold being paid is never released under the payment, and a payment waits for an expiry that
 * got there first and then finds the hold ended. The provider is called under that lock, once the
 * hold is known to run still: an expired hold is refused before anything is charged.
 */
@Stateless
public class Checkout {

    @PersistenceContext
    EntityManager em;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    Inventory inventory;

    @Inject
    PaymentGateway gateway;

    @Inject
    TicketIssuer tickets;

    @Inject
    Notifications notifications;

    /** A booking after a payment attempt, and that attempt (null for a free booking). */
    public record Paid(Booking booking, Payment payment, List<Ticket> tickets) {}

    /**
     * Pays a held booking: a free one is confirmed at once; otherwise the provider is asked to
     * charge the total. Succeeded: the booking is CONFIRMED with its tickets. Declined: the booking
     * stays held and the customer may try again. Requires action: the customer answers the
     * provider's challenge with {@link #complete}. An earlier attempt still waiting for its
     * challenge is abandoned.
     *
     * @param details how to pay; ignored (may be null) for a free booking
     * @throws UnknownBookingException for another customer's or an unknown booking
     * @throws HoldExpiredException when the hold has run out (nothing is charged)
     * @throws InvalidBookingStateException when the booking is paid already, cancelled or expired
     * @throws InvalidPaymentException for missing or malformed payment details
     * @throws org.boxoffice.payment.control.PaymentProviderException when the provider fails
     */
    public Paid pay(long accountId, long bookingId, PaymentDetails details) {
        OffsetDateTime now = now();
        Booking booking = heldAndRunning(accountId, bookingId, now);
        if (booking.total().isZero()) {
            return new Paid(booking, null, confirm(booking, now));
        }
        if (details == null) {
            throw new InvalidPaymentException("method");
        }
        details.check(YearMonth.from(now));
        waitingPayment(booking.id()).ifPresent(earlier -> earlier.abandon(now));
        Payment payment = Payment.begin(
                booking.id(),
                accountId,
                details.method(),
                booking.total(),
                gateway.provider(),
                details.brand(),
                details.last4(),
                now);
        em.persist(payment);
        em.flush(); // the id is our reference at the provider
        Outcome outcome = gateway.charge(
                "payment-" + payment.id(), booking.total(), details, "boxoffice booking " + booking.id());
        return apply(booking, payment, outcome, now);
    }

    /**
     * Completes a payment that waits for the customer with their answer to the provider's
     * challenge (the 3-D Secure code, the PayPal-like approval).
     *
     * @throws NoPaymentWaitingException when no payment of the booking waits for a challenge
     * @throws HoldExpiredException when the hold has run out meanwhile (nothing is charged)
     */
    public Paid complete(long accountId, long bookingId, String answer) {
        OffsetDateTime now = now();
        Booking booking = heldAndRunning(accountId, bookingId, now);
        Payment payment = waitingPayment(booking.id()).orElseThrow(() -> new NoPaymentWaitingException(bookingId));
        return apply(booking, payment, gateway.complete(payment.providerReference(), answer), now);
    }

    /**
     * Cancels a booking for its customer: a hold at any time; a confirmed booking within the
     * event's policy (until {@code cancellationHours} before the start), refunded through the
     * provider when it was paid. Seats and places go on sale again, the tickets stop being valid.
     * The customer of a confirmed booking is told, and of a refund too.
     *
     * @throws CancellationClosedException when the event's policy does not allow it (any more)
     * @throws InvalidBookingStateException for a booking that has ended already
     * @return the booking as it is now, with its tickets (cancelled)
     */
    public Bookings.Detail cancel(long accountId, long bookingId) {
        OffsetDateTime now = now();
        Booking booking = locked(accountId, bookingId);
        boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
        if (confirmed) {
            Event event = em.find(Event.class, booking.eventId());
            if (!event.isCancellableByCustomersAt(now)) {
                throw new CancellationClosedException(booking.id(), event.cancellationHours());
            }
        }
        end(booking, now);
        if (confirmed) {
            notifications.send(
                    Notice.booking(Template.BOOKING_CANCELLED, booking.accountId(), booking.id(), booking.eventId()));
        }
        return new Bookings.Detail(booking, tickets.of(booking.id()));
    }

    /**
     * Ends, at most {@code max} at a time, the live bookings of events their organizers cancelled:
     * holds are cancelled, paid bookings refunded, free ones cancelled. The customers of confirmed
     * bookings are told that the event is cancelled (and of a refund). Bookings locked at this
     * moment (being paid) are skipped: the next run gets them.
     *
     * @return how many bookings ended
     */
    public int endBookingsOfCancelledEvents(int max) {
        // from the few cancelled events to their live bookings (event_status_starts, booking_event);
        // no order: SKIP LOCKED waits for nobody, and "order by b.id" made PostgreSQL walk every
        // booking by id looking for those of cancelled events (12 to 90 ms a run on a big table)
        List<?> ids = em.createNativeQuery("select b.id from booking b join event e on e.id = b.event_id"
                        + " where e.status = 'CANCELLED' and b.status in ('HELD', 'CONFIRMED')"
                        + " fetch first " + max + " rows only for update of b skip locked")
                .getResultList();
        OffsetDateTime now = now();
        for (Object id : ids) {
            Booking booking = em.find(Booking.class, ((Number) id).longValue());
            boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
            end(booking, now);
            if (confirmed) {
                notifications.send(
                        Notice.booking(Template.EVENT_CANCELLED, booking.accountId(), booking.id(), booking.eventId()));
            }
        }
        return ids.size();
    }

    /** A held or confirmed booking ends: refunded if paid, else cancelled; its inventory released. */
    private void end(Booking booking, OffsetDateTime now) {
        if (booking.status() == BookingStatus.CONFIRMED && !booking.total().isZero()) {
            Payment paid = em.createNamedQuery(Payment.OF_BOOKING, Payment.class)
                    .setParameter("booking", booking.id())
                    .setParameter("status", PaymentStatus.SUCCEEDED)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("booking " + booking.id() + " is paid without a payment"));
            String refund = gateway.refund(paid.providerReference(), paid.amount(), "refund-" + paid.id());
            paid.refunded(refund, now);
            booking.refund(now);
            notifications.send(
                    Notice.payment(Template.REFUND, booking.accountId(), booking.id(), booking.eventId(), paid.id()));
        } else {
            booking.cancel(now);
            waitingPayment(booking.id()).ifPresent(waiting -> waiting.abandon(now));
        }
        Map<Long, Integer> places = new HashMap<>();
        for (BookingLine line : booking.lines()) {
            if (!line.isSeat()) {
                places.merge(line.allotmentId(), line.quantity(), Integer::sum);
            }
        }
        inventory.release(List.of(booking.id()), places);
        tickets.voidAll(booking.id());
    }

    private Paid apply(Booking booking, Payment payment, Outcome outcome, OffsetDateTime startedAt) {
        OffsetDateTime now = now();
        return switch (outcome.result()) {
            case SUCCEEDED -> {
                payment.succeed(outcome.providerReference(), now);
                // the hold ran when the payment began (checked under the lock): it counts
                List<Ticket> issued = confirm(booking, startedAt);
                notifications.send(Notice.payment(
                        Template.PAYMENT_RECEIPT, booking.accountId(), booking.id(), booking.eventId(), payment.id()));
                yield new Paid(booking, payment, issued);
            }
            case DECLINED -> {
                payment.decline(outcome.providerReference(), outcome.declineCode(), now);
                yield new Paid(booking, payment, List.of());
            }
            case REQUIRES_ACTION -> {
                payment.requireAction(outcome.providerReference(), now);
                yield new Paid(booking, payment, List.of());
            }
        };
    }

    private List<Ticket> confirm(Booking booking, OffsetDateTime at) {
        booking.confirm(at);
        inventory.sell(booking.id());
        List<Admission> admissions = booking.lines().stream()
                .map(line -> new Admission(line.ticketTypeId(), line.seatId(), line.quantity()))
                .toList();
        List<Ticket> issued = tickets.issue(booking.id(), booking.eventId(), admissions, now());
        // the customer's confirmation with the tickets, in the portal and by mail: sent only if this
        // transaction commits
        notifications.send(
                Notice.booking(Template.BOOKING_CONFIRMATION, booking.accountId(), booking.id(), booking.eventId()));
        return issued;
    }

    private Booking heldAndRunning(long accountId, long bookingId, OffsetDateTime now) {
        Booking booking = locked(accountId, bookingId);
        if (booking.status() == BookingStatus.EXPIRED || booking.isExpiredAt(now)) {
            throw new HoldExpiredException(booking.id());
        }
        if (booking.status() != BookingStatus.HELD) {
            throw new InvalidBookingStateException(booking.status(), Change.CONFIRM);
        }
        return booking;
    }

    private Booking locked(long accountId, long bookingId) {
        Booking booking = lockTimeouts.bounded(
                em,
                () -> em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE),
                InventoryBusyException::new);
        if (booking == null || !booking.accountId().equals(accountId)) {
            throw new UnknownBookingException(bookingId);
        }
        return booking;
    }

    private Optional<Payment> waitingPayment(long bookingId) {
        return em.createNamedQuery(Payment.OF_BOOKING, Payment.class)
                .setParameter("booking", bookingId)
                .setParameter("status", PaymentStatus.REQUIRES_ACTION)
                .getResultStream()
                .findFirst();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
