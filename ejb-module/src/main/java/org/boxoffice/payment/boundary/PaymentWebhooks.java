package org.boxoffice.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.boxoffice.payment.control.PaymentGateway;
import org.boxoffice.payment.control.PaymentGateway.ProviderEvent;
import org.boxoffice.payment.entity.Payment;

/**
 * The provider's webhooks: the truth about payments and refunds. Each event is verified by the
 * provider's gateway (its signature), then taken once: its id goes into {@code payment_event} with
 * {@code on conflict do nothing} in the transaction that applies it, so that a second delivery, or
 * twenty at once, finds the id taken (waiting for the first to commit) and changes nothing.
 * Events about charges are applied by the booking component ({@link ProviderCharged}), which also
 * tells the customer when a refund's money went back ({@link ProviderRefunded}); events arriving
 * late or out of order move a payment and a refund only forward.
 */
@Stateless
public class PaymentWebhooks {

    private static final Logger LOG = Logger.getLogger(PaymentWebhooks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    Charges charges;

    @Inject
    Event<ProviderCharged> charged;

    @Inject
    Event<ProviderRefunded> refunded;

    /** What became of a webhook. */
    public enum Receipt {
        /** Taken and applied. */
        APPLIED,
        /** Delivered before: nothing changed. */
        DUPLICATE,
        /** Verified and recorded, but about nothing of ours (another kind of event, an unknown charge). */
        IGNORED
    }

    /**
     * Verifies and applies one webhook.
     *
     * @throws UnknownProviderException for a provider this platform does not use
     * @throws org.boxoffice.payment.control.InvalidWebhookException for a missing or wrong signature
     */
    public Receipt receive(String provider, String payload, Function<String, String> header) {
        if (!gateway.provider().equals(provider)) {
            throw new UnknownProviderException(provider);
        }
        ProviderEvent event = gateway.event(payload, header);
        Optional<Payment> payment = paymentOf(event);
        // the payment's id is cast: an unknown payment binds a null that the driver types as text
        int taken = em.createNativeQuery("insert into payment_event (provider, event_id, type, payment_id, received_at)"
                        + " values (?1, ?2, ?3, cast(?4 as bigint), ?5) on conflict do nothing")
                .setParameter(1, provider)
                .setParameter(2, event.id())
                .setParameter(3, event.type().name())
                .setParameter(4, payment.map(Payment::id).orElse(null))
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (taken == 0) {
            return Receipt.DUPLICATE;
        }
        return switch (event.type()) {
            case CHARGE_SUCCEEDED -> {
                if (payment.isEmpty()) {
                    LOG.warning(() -> "the provider " + provider + " charged " + event.chargeReference()
                            + " for no payment of ours (event " + event.id() + "): the reconciliation reports it");
                    yield Receipt.IGNORED;
                }
                charged.fire(
                        new ProviderCharged(payment.get().id(), payment.get().bookingId(), event.chargeReference()));
                yield Receipt.APPLIED;
            }
            case CHARGE_FAILED ->
                payment.flatMap(found -> charges.locked(found.id()))
                        .filter(found -> found.decline(
                                event.chargeReference(), event.declineCode(), OffsetDateTime.now(ZoneOffset.UTC)))
                        .map(found -> Receipt.APPLIED)
                        .orElse(Receipt.IGNORED);
            case REFUND_SUCCEEDED ->
                charges.refundSucceeded(event.refundReference())
                        .map(refund -> {
                            refunded.fire(new ProviderRefunded(
                                    refund.id(), refund.paymentId(), refund.bookingId(), refund.reason()));
                            return Receipt.APPLIED;
                        })
                        .orElse(Receipt.IGNORED);
            case REFUND_FAILED ->
                charges.refundFailed(event.refundReference())
                        .map(refund -> {
                            // the customer is not told that money came back; staff see the refund
                            // FAILED in the payment history and the reconciliation
                            LOG.warning(() -> "the provider " + provider + " could not give back " + refund.amount()
                                    + " of refund " + refund.id() + " (" + refund.providerReference()
                                    + ") of booking " + refund.bookingId() + ": it is FAILED, the amount refundable"
                                    + " again (event " + event.id() + ")");
                            return Receipt.APPLIED;
                        })
                        .orElse(Receipt.IGNORED);
            case OTHER -> Receipt.IGNORED;
        };
    }

    /** Our payment the event is about: by our reference, else by the provider's id of the charge. */
    private Optional<Payment> paymentOf(ProviderEvent event) {
        Optional<Payment> byReference = Payment.idOf(event.reference()).map(id -> em.find(Payment.class, id));
        if (byReference.isPresent()) {
            return byReference;
        }
        if (event.chargeReference() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Payment.BY_PROVIDER_REFERENCE, Payment.class)
                .setParameter("provider", gateway.provider())
                .setParameter("reference", event.chargeReference())
                .getResultStream()
                .findFirst();
    }
}
