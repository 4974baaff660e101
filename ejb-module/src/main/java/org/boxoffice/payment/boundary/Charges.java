package org.boxoffice.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.boxoffice.notification.control.PortalLinks;
import org.boxoffice.payment.control.PaymentDetails;
import org.boxoffice.payment.control.PaymentGateway;
import org.boxoffice.payment.control.PaymentGateway.Outcome;
import org.boxoffice.payment.control.PaymentGateway.RefundOutcome;
import org.boxoffice.payment.control.PaymentGateway.Result;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.payment.entity.RefundReason;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.control.BusinessEvent;
import org.boxoffice.platform.control.BusinessMetrics;
import org.boxoffice.platform.entity.Money;

/**
 * Charging and refunding through the provider: the payment component's boundary, the only writer
 * of the {@code payment} and {@code refund} tables. The booking component asks it, holding the
 * booking's row lock, and decides what a payment's outcome does to the booking.
 *
 * <p>An attempt is {@linkplain #open written and committed} before the provider is asked, under
 * our reference {@code payment-<id>}, which the provider keeps as its idempotency key and gives
 * back in its webhooks: a charge the provider made is found again even when the platform died
 * before it stored the answer.
 */
@Stateless
public class Charges {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    PortalLinks links;

    @Inject
    Event<ChargesAbandoned> abandoned;

    @Inject
    BusinessMetrics metrics;

    /** A booking's page in the portal, where a provider's redirect comes back to (its id follows). */
    static final String BOOKING_PAGE = "/my/booking.xhtml?id=";

    /** A payment after the provider's answer, and what the customer must do next. */
    public record Attempt(Payment payment, Result result, String challenge, String clientSecret) {}

    /**
     * Refuses details {@linkplain PaymentDetails#confirmedByProvider confirmed by the provider} when
     * the provider in use needs them sent through the platform.
     *
     * @throws InvalidPaymentException {@code
     *     payment.invalid.browser-confirmation}
     */
    public void requireConfirmable(PaymentDetails details) {
        if (details.confirmedByProvider() && !gateway.confirmsInBrowser()) {
            throw new InvalidPaymentException("browser-confirmation");
        }
    }

    /** Whether the customer's browser confirms payments with the provider's own form (Stripe). */
    public boolean confirmsInBrowser() {
        return gateway.confirmsInBrowser();
    }

    /** The key for the provider's script in the browser (Stripe's publishable key), or null. */
    public String publishableKey() {
        return gateway.publishableKey();
    }

    /**
     * Writes an attempt to pay, {@link PaymentStatus#PENDING}, in a transaction of its own that
     * commits before the provider is asked. Call it before the booking's row is locked: the new
     * row's reference to the booking must not wait for that lock.
     *
     * @return the attempt's id
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(long bookingId, long accountId, Money amount, PaymentDetails details) {
        Payment payment = Payment.begin(
                bookingId,
                accountId,
                details.method(),
                amount,
                gateway.provider(),
                details.brand(),
                details.last4(),
                now());
        em.persist(payment);
        em.flush();
        return payment.id();
    }

    /**
     * Gives up an attempt {@linkplain #open opened} whose booking turned out not payable (the hold
     * ended, it was paid meanwhile) before the provider was asked; in a transaction of its own, as
     * the caller's rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveUp(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment != null && payment.status() == PaymentStatus.PENDING) {
            payment.abandon(now());
        }
    }

    /**
     * Asks the provider to charge an opened attempt and stores its answer.
     *
     * @throws org.boxoffice.payment.control.PaymentProviderException when the provider fails: the
     *     attempt stays PENDING, as the provider may have charged; its webhook or the
     *     reconciliation tells
     */
    public Attempt charge(long paymentId, PaymentDetails details, String description) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        Outcome outcome = gateway.charge(
                payment.reference(),
                payment.amount(),
                details,
                description,
                links.portal(null) + BOOKING_PAGE + payment.bookingId());
        return apply(payment, outcome);
    }

    /**
     * Completes the attempt of the booking that waits for the customer with their answer to the
     * provider's challenge, or asks the provider how it stands (a browser's confirmation).
     *
     * @return empty when no attempt of the booking waits
     */
    public Optional<Attempt> complete(long bookingId, String answer) {
        return waiting(bookingId).map(payment -> apply(payment, gateway.complete(payment.providerReference(), answer)));
    }

    /** The attempt of the booking that waits for the customer, if there is one. */
    public Optional<Payment> waiting(long bookingId) {
        return em.createNamedQuery(Payment.OF_BOOKING, Payment.class)
                .setParameter("booking", bookingId)
                .setParameter("status", PaymentStatus.REQUIRES_ACTION)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /**
     * Gives up the attempts of these bookings that wait for the customer (a newer attempt, the end
     * of the hold, the booking's cancellation). Attempts still {@code PENDING} stay: the provider may
     * have charged them. The provider is asked to cancel the charges given up only after this
     * transaction commits, and apart from it ({@link AbandonedCharges}): a provider that does not
     * answer never holds up the end of a hold.
     */
    public void abandonWaiting(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        List<String> charged = new ArrayList<>();
        em.createQuery("select p from Payment p where p.bookingId in :bookings and p.status = :waiting", Payment.class)
                .setParameter("bookings", bookingIds)
                .setParameter("waiting", PaymentStatus.REQUIRES_ACTION)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(payment -> {
                    payment.abandon(now);
                    if (payment.providerReference() != null) {
                        charged.add(payment.providerReference());
                    }
                });
        if (!charged.isEmpty()) {
            abandoned.fire(new ChargesAbandoned(charged));
        }
    }

    /**
     * Gives up an attempt still {@link PaymentStatus#PENDING} that was begun before {@code
     * createdBefore} and that the provider did not charge (the reconciliation found no charge of
     * it): nothing was charged, so nothing is given back.
     *
     * @return whether it was given up; false when it has moved on meanwhile, or is younger
     */
    public boolean abandonStale(long paymentId, OffsetDateTime createdBefore) {
        return locked(paymentId)
                .filter(payment -> payment.status() == PaymentStatus.PENDING
                        && payment.createdAt().isBefore(createdBefore))
                .map(payment -> {
                    payment.abandon(now());
                    return true;
                })
                .orElse(false);
    }

    /**
     * The payment that paid the booking (some of it may have gone back), if there is one, locked
     * for a refund: a refund's webhook changes it without the booking's lock.
     */
    public Optional<Payment> paidOf(long bookingId) {
        return em.createQuery(
                        "select p from Payment p where p.bookingId = :booking and p.status in :paid order by p.id",
                        Payment.class)
                .setParameter("booking", bookingId)
                .setParameter("paid", PaymentStatus.paid())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** A payment by id, locked for a change, or empty. */
    public Optional<Payment> locked(long paymentId) {
        return Optional.ofNullable(em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The provider took the money of this attempt (its webhook, or the reconciliation, says so).
     *
     * @return the payment, locked, when it changed; empty when it had succeeded already
     */
    public Optional<Payment> succeeded(long paymentId, String providerReference) {
        Optional<Payment> changed = locked(paymentId).filter(payment -> payment.succeed(providerReference, now()));
        changed.ifPresent(payment -> metrics.afterCommit(BusinessEvent.payment(Result.SUCCEEDED)));
        return changed;
    }

    /**
     * Gives money back from the booking's payment, in full ({@code amount} null) or in part, once
     * per {@code reference}: a second call with the same reference returns the first refund.
     *
     * @param reference our idempotency key of this refund at the provider
     * @param requestedBy the admin who asked, or null
     * @param ticketIds the tickets the refund cancels (none for an amount)
     * @throws NothingPaidException when the booking has no payment to refund
     * @throws RefundTooLargeException when more would go back than was paid
     * @throws org.boxoffice.payment.control.PaymentProviderException when the provider fails:
     *     nothing is recorded, and the same call may be tried again
     */
    public Refund refund(
            long bookingId,
            Money amount,
            RefundReason reason,
            String reference,
            Long requestedBy,
            Collection<Long> ticketIds) {
        // a payment that was refunded stays paid: a refund made before is found below, by reference
        Payment payment = paidOf(bookingId).orElseThrow(() -> new NothingPaidException(bookingId));
        return refund(payment, amount, reason, reference, requestedBy, ticketIds);
    }

    /** As {@link #refund(long, Money, RefundReason, String, Long, Collection)}, of one payment. */
    public Refund refund(
            Payment payment,
            Money amount,
            RefundReason reason,
            String reference,
            Long requestedBy,
            Collection<Long> ticketIds) {
        Optional<Refund> earlier = refundOf(reference);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Money refundable = refundable(payment);
        Money asked = amount == null ? refundable : amount;
        if (!asked.currency().equals(refundable.currency())
                || asked.isZero()
                || asked.amount().compareTo(refundable.amount()) > 0) {
            throw new RefundTooLargeException(payment.bookingId(), asked, refundable);
        }
        OffsetDateTime now = now();
        Refund refund = Refund.of(payment, asked, reason, reference, requestedBy, ticketIds, now);
        em.persist(refund);
        em.flush();
        RefundOutcome outcome = gateway.refund(payment.providerReference(), asked, reference);
        if (outcome.succeeded()) {
            refund.wentBack(payment, outcome.providerReference(), now);
        } else {
            // the provider gives the money back later: its webhook settles the refund (refundSucceeded,
            // refundFailed); meanwhile its amount is not refundable again (refundable)
            refund.accepted(outcome.providerReference(), now);
        }
        metrics.afterCommit(BusinessEvent.refund(reason));
        return refund;
    }

    /**
     * The provider says a refund's money went back (its webhook): a pending refund SUCCEEDED, and its
     * amount counted as refunded on its payment. Said again, or of a refund that failed, it changes
     * nothing.
     *
     * @return the refund when it changed
     */
    public Optional<Refund> refundSucceeded(String providerReference) {
        return refundByProviderReference(providerReference)
                .filter(refund -> refund.status() == RefundStatus.PENDING)
                .filter(refund -> refund.wentBack(locked(refund.paymentId()).orElseThrow(), providerReference, now()));
    }

    /**
     * The provider could not give a refund's money back after it accepted it (its webhook), while it
     * was pending or after it succeeded: the refund is FAILED and its amount counts as refundable
     * again (a succeeded one's is taken off what its payment refunded). Said again it changes nothing.
     *
     * @return the refund when it changed
     */
    public Optional<Refund> refundFailed(String providerReference) {
        return refundByProviderReference(providerReference)
                .filter(refund -> refund.status() != RefundStatus.FAILED)
                .filter(refund -> refund.didNotGoBack(locked(refund.paymentId()).orElseThrow(), now()));
    }

    /** The refunds of a booking, oldest first. */
    public List<Refund> refundsOf(long bookingId) {
        return em.createNamedQuery(Refund.OF_BOOKING, Refund.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }

    /** What may still go back from a payment: paid, less what went back or is on its way. */
    public Money refundable(Payment payment) {
        BigDecimal pending = em.createQuery(
                        "select coalesce(sum(r.amount.amount), 0) from Refund r"
                                + " where r.paymentId = :payment and r.status = :pending",
                        BigDecimal.class)
                .setParameter("payment", payment.id())
                .setParameter("pending", RefundStatus.PENDING)
                .getSingleResult();
        BigDecimal left = payment.refundable().amount().subtract(pending);
        return Money.of(left.max(BigDecimal.ZERO), payment.amount().currency());
    }

    /** The refund asked for under our reference (its idempotency key), if there is one. */
    public Optional<Refund> refundOf(String reference) {
        return em.createNamedQuery(Refund.BY_REFERENCE, Refund.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    private Optional<Refund> refundByProviderReference(String providerReference) {
        return em.createNamedQuery(Refund.BY_PROVIDER_REFERENCE, Refund.class)
                .setParameter("reference", providerReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private Attempt apply(Payment payment, Outcome outcome) {
        OffsetDateTime now = now();
        boolean changed =
                switch (outcome.result()) {
                    case SUCCEEDED -> payment.succeed(outcome.providerReference(), now);
                    case DECLINED -> payment.decline(outcome.providerReference(), outcome.declineCode(), now);
                    case REQUIRES_ACTION -> {
                        payment.requireAction(outcome.providerReference(), now);
                        yield true;
                    }
                };
        if (changed) {
            metrics.afterCommit(BusinessEvent.payment(outcome.result()));
        }
        return new Attempt(payment, outcome.result(), outcome.challenge(), outcome.clientSecret());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
