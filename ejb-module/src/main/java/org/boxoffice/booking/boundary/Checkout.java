package org.boxoffice.booking.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.booking.entity.HoldExpiredException;
import org.boxoffice.booking.entity.InvalidBookingStateException;
import org.boxoffice.booking.entity.InvalidBookingStateException.Change;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.inventory.boundary.InventoryBusyException;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.payment.boundary.Charges;
import org.boxoffice.payment.boundary.Charges.Attempt;
import org.boxoffice.payment.boundary.ProviderCharged;
import org.boxoffice.payment.boundary.ProviderRefunded;
import org.boxoffice.payment.control.PaymentDetails;
import org.boxoffice.payment.control.PaymentGateway.Result;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.payment.entity.RefundReason;
import org.boxoffice.platform.control.BusinessEvent;
import org.boxoffice.platform.control.BusinessMetrics;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.ticket.control.TicketIssuer;
import org.boxoffice.ticket.control.TicketIssuer.Admission;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.ticket.entity.TicketStatus;
import org.boxoffice.webhook.boundary.WebhookOutbox;
import org.boxoffice.webhook.entity.WebhookTopic;

/**
 * Paying, confirming and cancelling bookings. Each method is one JTA transaction that first locks
 * the booking's row ({@code FOR UPDATE}, bounded wait): the hold expiry skips a locked booking, so
 * a hold being paid is never released under the payment, and a payment waits for an expiry that
 * got there first and then finds the hold ended. The provider is called under that lock, once the
 * hold is known to run still: an expired hold is refused before anything is charged.
 */
@Stateless
public class Checkout {

    /** An admin's idempotency key of a refund: 1 to 64 letters, digits and {@code . _ : -}. */
    private static final Pattern REFUND_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @PersistenceContext
    EntityManager em;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    Inventory inventory;

    @Inject
    Charges charges;

    @Inject
    AuditTrail audit;

    @Inject
    TicketIssuer tickets;

    @Inject
    Notifications notifications;

    @Inject
    Catalog catalog;

    @Inject
    BusinessMetrics metrics;

    @Inject
    WebhookOutbox webhooks;

    /**
     * A booking after a payment attempt, and that attempt (null for a free booking) with what the
     * customer must do next (null for a free booking, or one the provider's webhook paid first).
     */
    public record Paid(Booking booking, Payment payment, List<Ticket> tickets, Attempt attempt) {}

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
     * @throws org.boxoffice.catalog.entity.PaymentMethodNotOfferedException for a method the event
     *     does not accept (nothing is charged)
     * @throws org.boxoffice.payment.control.PaymentProviderException when the provider fails
     */
    public Paid pay(long accountId, long bookingId, PaymentDetails details) {
        OffsetDateTime now = now();
        Booking unlocked = em.find(Booking.class, bookingId);
        if (unlocked == null || !unlocked.accountId().equals(accountId)) {
            throw new UnknownBookingException(bookingId);
        }
        if (unlocked.total().isZero()) {
            Booking booking = heldAndRunning(lockedAgain(unlocked), now);
            return new Paid(booking, null, confirm(booking, now), null);
        }
        if (details == null) {
            throw new InvalidPaymentException("method");
        }
        catalog.requireAccepts(unlocked.eventId(), details.method());
        details.check(YearMonth.from(now));
        charges.requireConfirmable(details);
        heldAndRunning(unlocked, now);
        // written and committed before the booking is locked and the provider asked: a charge the
        // provider makes is found again by its reference if this transaction never commits
        long attempt = charges.open(bookingId, accountId, unlocked.total(), details);
        Booking booking;
        try {
            booking = heldAndRunning(lockedAgain(unlocked), now());
        } catch (RuntimeException e) {
            charges.giveUp(attempt);
            throw e;
        }
        charges.abandonWaiting(List.of(booking.id()));
        Attempt charged = charges.charge(attempt, details, "boxoffice booking " + booking.id());
        return applied(booking, charged, now);
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
        Booking booking = locked(accountId, bookingId);
        if (booking.status() == BookingStatus.CONFIRMED) {
            // the provider's webhook confirmed it first: the answer is known
            return new Paid(booking, charges.paidOf(booking.id()).orElse(null), tickets.of(booking.id()), null);
        }
        heldAndRunning(booking, now);
        Attempt attempt =
                charges.complete(booking.id(), answer).orElseThrow(() -> new NoPaymentWaitingException(bookingId));
        return applied(booking, attempt, attempt.payment().createdAt());
    }

    /**
     * What the provider's word that it took a payment's money does to the booking (a webhook, or
     * the reconciliation): a booking still held is confirmed with its tickets; a booking that
     * ended meanwhile (its hold expired, it was cancelled) or was paid by another attempt gets the
     * money back, and its customer is told. Told twice, or after the payment's own answer, it
     * changes nothing.
     */
    public void onProviderCharged(@Observes ProviderCharged charged) {
        OffsetDateTime now = now();
        Booking booking = lockTimeouts.bounded(
                em,
                () -> em.find(Booking.class, charged.bookingId(), LockModeType.PESSIMISTIC_WRITE),
                InventoryBusyException::new);
        if (booking == null) {
            return;
        }
        Optional<Payment> succeeded = charges.succeeded(charged.paymentId(), charged.providerReference());
        if (succeeded.isEmpty()) {
            return;
        }
        Payment payment = succeeded.get();
        if (booking.status() == BookingStatus.HELD) {
            // the attempt began while the hold ran (checked under the lock): it counts
            confirm(booking, payment.createdAt());
            notifications.send(Notice.payment(
                    Template.PAYMENT_RECEIPT, booking.accountId(), booking.id(), booking.eventId(), payment.id()));
            return;
        }
        charges.refund(payment, null, RefundReason.LATE_PAYMENT, payment.reference() + "-late", null, List.of());
        notifications.send(Notice.payment(
                Template.LATE_PAYMENT_REFUND, booking.accountId(), booking.id(), booking.eventId(), payment.id()));
    }

    /**
     * The provider says the money of a refund it had accepted went back later (its webhook): the
     * customer gets the refund mail, which now tells that it went back. A refund the provider
     * carried out at once was told of when it was made.
     */
    public void onProviderRefunded(@Observes ProviderRefunded refunded) {
        Booking booking = em.find(Booking.class, refunded.bookingId());
        if (booking == null) {
            return;
        }
        Template template =
                refunded.reason() == RefundReason.LATE_PAYMENT ? Template.LATE_PAYMENT_REFUND : Template.REFUND;
        notifications.send(
                Notice.payment(template, booking.accountId(), booking.id(), booking.eventId(), refunded.paymentId()));
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
        end(booking, RefundReason.CUSTOMER_CANCELLATION, now);
        if (confirmed) {
            notifications.send(
                    Notice.booking(Template.BOOKING_CANCELLED, booking.accountId(), booking.id(), booking.eventId()));
        }
        return new Bookings.Detail(booking, tickets.of(booking.id()));
    }

    /**
     * Cancels a booking for its customer at the support desk's request, whatever the event's
     * cancellation policy says: a hold is cancelled; a confirmed booking ends as a customer's own
     * cancellation does (refunded in full through the provider when it was paid), and the customer
     * is told. Seats and places go on sale again, the tickets stop being valid. The support
     * component records who asked.
     *
     * @throws UnknownBookingException for an unknown booking
     * @throws InvalidBookingStateException for a booking that has ended already
     * @return the booking as it is now, with its tickets (cancelled)
     */
    public Bookings.Detail cancelOnRequest(long bookingId) {
        OffsetDateTime now = now();
        Booking booking = lockTimeouts.bounded(
                em,
                () -> em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE),
                InventoryBusyException::new);
        if (booking == null) {
            throw new UnknownBookingException(bookingId);
        }
        if (booking.status() != BookingStatus.CONFIRMED && booking.status() != BookingStatus.HELD) {
            throw new InvalidBookingStateException(booking.status(), Change.CANCEL);
        }
        boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
        end(booking, confirmed ? RefundReason.ADMIN : RefundReason.CUSTOMER_CANCELLATION, now);
        if (confirmed) {
            notifications.send(
                    Notice.booking(Template.BOOKING_CANCELLED, booking.accountId(), booking.id(), booking.eventId()));
        }
        return new Bookings.Detail(booking, tickets.of(booking.id()));
    }

    /** A booking after a refund an admin asked for, and that refund. */
    public record Refunded(Bookings.Detail booking, Refund refund) {}

    /**
     * Gives money back from a confirmed booking for an admin or the support desk: for some of its
     * tickets, which stop being valid and whose seats and places go on sale again (their price and
     * service fee unless {@code amount} says otherwise), or an amount without tickets. When no valid ticket is
     * left the booking is refunded. Once per {@code key}: a second call with the same key returns
     * the first refund and changes nothing. The customer is told; the audit trail records who.
     *
     * @param amount what goes back; null for the tickets' prices and the service fee each was charged
     * @throws UnknownBookingException for an unknown booking
     * @throws InvalidBookingStateException when the booking is not confirmed
     * @throws UnknownRefundTicketsException for tickets that are not valid tickets of the booking
     * @throws InvalidRefundException when neither tickets nor a positive amount are given
     * @throws org.boxoffice.payment.boundary.RefundTooLargeException when more would go back than is left
     */
    public Refunded refund(
            long adminId,
            String admin,
            long bookingId,
            List<Long> ticketIds,
            BigDecimal amount,
            String key,
            String address) {
        OffsetDateTime now = now();
        Booking booking = lockTimeouts.bounded(
                em,
                () -> em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE),
                InventoryBusyException::new);
        if (booking == null) {
            throw new UnknownBookingException(bookingId);
        }
        if (key == null || key.isEmpty()) {
            throw new IdempotencyKeyException("missing");
        }
        if (!REFUND_KEY.matcher(key).matches()) {
            throw new IdempotencyKeyException("invalid");
        }
        String reference = "booking-" + bookingId + "-refund-" + key;
        // read once: the tickets voided below are these same managed rows, so they answer too
        List<Ticket> all = tickets.of(bookingId);
        Optional<Refund> earlier = charges.refundOf(reference);
        if (earlier.isPresent()) {
            boolean same = earlier.get().ticketIds().stream()
                            .sorted()
                            .toList()
                            .equals(
                                    ticketIds == null
                                            ? List.of()
                                            : ticketIds.stream()
                                                    .distinct()
                                                    .sorted()
                                                    .toList())
                    && (amount == null
                            || amount.compareTo(earlier.get().amount().amount()) == 0);
            if (!same) {
                throw new IdempotencyKeyException("reused");
            }
            return new Refunded(new Bookings.Detail(booking, all), earlier.get());
        }
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new InvalidBookingStateException(booking.status(), Change.REFUND);
        }
        List<Long> asked =
                ticketIds == null ? List.of() : ticketIds.stream().distinct().toList();
        Map<Long, Ticket> valid = new HashMap<>();
        all.stream().filter(Ticket::isValid).forEach(ticket -> valid.put(ticket.id(), ticket));
        List<Long> unknown = asked.stream().filter(id -> !valid.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownRefundTicketsException(bookingId, unknown);
        }
        Money money;
        if (amount != null) {
            money = moneyOf(amount, booking);
        } else if (!asked.isEmpty()) {
            // each ticket's price and the service fee it was charged (a free ticket carries none), so
            // that refunding every ticket gives back all that was paid
            BigDecimal sum = BigDecimal.ZERO;
            for (Long id : asked) {
                BigDecimal price = lineOf(booking, valid.get(id)).unitPrice().amount();
                sum = sum.add(price);
                if (price.signum() > 0) {
                    sum = sum.add(booking.serviceFee().amount());
                }
            }
            money = Money.of(sum, booking.total().currency());
        } else {
            throw new InvalidRefundException();
        }
        Refund refund = charges.refund(bookingId, money, RefundReason.ADMIN, reference, adminId, asked);
        if (!asked.isEmpty()) {
            tickets.voidSome(bookingId, asked);
            List<Long> seats = new ArrayList<>();
            Map<Long, Integer> places = new HashMap<>();
            for (Long id : asked) {
                Ticket ticket = valid.get(id);
                if (ticket.seatId() != null) {
                    seats.add(ticket.seatId());
                } else {
                    places.merge(lineOf(booking, ticket).allotmentId(), 1, Integer::sum);
                }
            }
            inventory.releaseSome(bookingId, seats, places);
            if (asked.size() == valid.size()) {
                booking.refund(now);
            }
        }
        audit.record(
                adminId,
                admin,
                Action.BOOKING_REFUNDED,
                booking.accountId(),
                "booking " + bookingId + ": " + money.amount().toPlainString() + " "
                        + money.currency().getCurrencyCode() + (asked.isEmpty() ? "" : ", tickets " + asked),
                address);
        notifications.send(Notice.payment(
                Template.REFUND, booking.accountId(), booking.id(), booking.eventId(), refund.paymentId()));
        tell(WebhookTopic.BOOKING_REFUNDED, booking, money);
        return new Refunded(new Bookings.Detail(booking, all), refund);
    }

    private static Money moneyOf(BigDecimal amount, Booking booking) {
        if (amount.signum() <= 0) {
            throw new InvalidRefundException();
        }
        try {
            return Money.of(amount, booking.total().currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidRefundException();
        }
    }

    /** The line a ticket was bought on: its seat's, or a line of its ticket type. */
    private static BookingLine lineOf(Booking booking, Ticket ticket) {
        return booking.lines().stream()
                .filter(line -> ticket.seatId() != null
                        ? ticket.seatId().equals(line.seatId())
                        : !line.isSeat() && line.ticketTypeId().equals(ticket.ticketTypeId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("ticket " + ticket.id() + " has no line"));
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
            end(booking, RefundReason.EVENT_CANCELLED, now);
            if (confirmed) {
                notifications.send(
                        Notice.booking(Template.EVENT_CANCELLED, booking.accountId(), booking.id(), booking.eventId()));
            }
        }
        return ids.size();
    }

    /** A held or confirmed booking ends: refunded if paid, else cancelled; its inventory released. */
    private void end(Booking booking, RefundReason reason, OffsetDateTime now) {
        boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
        Money back = null;
        // the places still taken: a confirmed booking's valid tickets (a partial refund released
        // the places of the others already), else its lines
        Map<Long, Integer> places = new HashMap<>();
        List<Ticket> issued = booking.status() == BookingStatus.CONFIRMED ? tickets.of(booking.id()) : List.of();
        if (!issued.isEmpty()) {
            for (Ticket ticket : issued) {
                if (ticket.isValid() && ticket.seatId() == null) {
                    places.merge(lineOf(booking, ticket).allotmentId(), 1, Integer::sum);
                }
            }
        } else {
            for (BookingLine line : booking.lines()) {
                if (!line.isSeat()) {
                    places.merge(line.allotmentId(), line.quantity(), Integer::sum);
                }
            }
        }
        if (booking.status() == BookingStatus.CONFIRMED && !booking.total().isZero()) {
            Payment paid = charges.paidOf(booking.id())
                    .orElseThrow(
                            () -> new IllegalStateException("booking " + booking.id() + " is paid without a payment"));
            Money refundable = charges.refundable(paid);
            if (!refundable.isZero()) {
                charges.refund(paid, null, reason, paid.reference() + "-refund", null, validTicketIds(booking.id()));
                back = refundable;
            }
            booking.refund(now);
            notifications.send(
                    Notice.payment(Template.REFUND, booking.accountId(), booking.id(), booking.eventId(), paid.id()));
        } else {
            booking.cancel(now);
            charges.abandonWaiting(List.of(booking.id()));
        }
        inventory.release(List.of(booking.id()), places);
        tickets.voidAll(booking.id());
        if (confirmed) {
            tell(WebhookTopic.BOOKING_CANCELLED, booking, null);
            if (back != null) {
                tell(WebhookTopic.BOOKING_REFUNDED, booking, back);
            }
        }
    }

    /**
     * Tells the webhooks of the event's organisation (and the admins') what happened to a booking:
     * its ids, status and total, and what went back for a refund. No personal data.
     */
    private void tell(WebhookTopic topic, Booking booking, Money refunded) {
        Event event = em.find(Event.class, booking.eventId());
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("bookingId", String.valueOf(booking.id()))
                .add("eventId", String.valueOf(booking.eventId()))
                .add("status", booking.status().name())
                .add("total", money(booking.total()));
        if (refunded != null) {
            data.add("refund", money(refunded));
        }
        webhooks.publish(topic, event == null ? null : event.organisationId().orElse(null), data.build());
    }

    private static JsonObjectBuilder money(Money money) {
        return Json.createObjectBuilder()
                .add("amount", money.amount().toPlainString())
                .add("currency", money.currency().getCurrencyCode());
    }

    private List<Long> validTicketIds(long bookingId) {
        return tickets.of(bookingId).stream()
                .filter(ticket -> ticket.status() == TicketStatus.VALID)
                .map(Ticket::id)
                .toList();
    }

    private Paid applied(Booking booking, Attempt attempt, OffsetDateTime startedAt) {
        Payment payment = attempt.payment();
        if (attempt.result() == Result.SUCCEEDED) {
            // the hold ran when the payment began (checked under the lock): it counts
            List<Ticket> issued = confirm(booking, startedAt);
            notifications.send(Notice.payment(
                    Template.PAYMENT_RECEIPT, booking.accountId(), booking.id(), booking.eventId(), payment.id()));
            return new Paid(booking, payment, issued, attempt);
        }
        return new Paid(booking, payment, List.of(), attempt);
    }

    private List<Ticket> confirm(Booking booking, OffsetDateTime at) {
        booking.confirm(at);
        metrics.afterCommit(BusinessEvent.confirmation());
        inventory.sell(booking.id());
        List<Admission> admissions = booking.lines().stream()
                .map(line -> new Admission(line.ticketTypeId(), line.seatId(), line.quantity()))
                .toList();
        List<Ticket> issued = tickets.issue(booking.id(), booking.eventId(), admissions, now());
        // the customer's confirmation with the tickets, in the portal and by mail: sent only if this
        // transaction commits
        notifications.send(
                Notice.booking(Template.BOOKING_CONFIRMATION, booking.accountId(), booking.id(), booking.eventId()));
        tell(WebhookTopic.BOOKING_CONFIRMED, booking, null);
        return issued;
    }

    private static Booking heldAndRunning(Booking booking, OffsetDateTime now) {
        if (booking.status() == BookingStatus.EXPIRED || booking.isExpiredAt(now)) {
            throw new HoldExpiredException(booking.id());
        }
        if (booking.status() != BookingStatus.HELD) {
            throw new InvalidBookingStateException(booking.status(), Change.CONFIRM);
        }
        return booking;
    }

    /** A booking read before, locked now and read again (bounded wait). */
    private Booking lockedAgain(Booking booking) {
        return lockTimeouts.bounded(
                em,
                () -> {
                    em.refresh(booking, LockModeType.PESSIMISTIC_WRITE);
                    return booking;
                },
                InventoryBusyException::new);
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
