package org.boxoffice.payment.control;

import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.boxoffice.payment.control.PaymentGateway.EventType;
import org.boxoffice.payment.control.PaymentGateway.ProviderEvent;
import org.boxoffice.platform.entity.Money;

/**
 * Stripe's webhook events as the platform reads them. The endpoint subscribes to {@code
 * payment_intent.succeeded}, {@code payment_intent.payment_failed}, {@code charge.refunded}, {@code
 * refund.updated} and {@code refund.failed}; {@code refund.created} is read too. Our reference comes
 * back in the object's metadata ({@code payment-…} on a PaymentIntent, {@code refund-…} on a
 * refund).
 */
final class StripeEvents {

    /** The events whose object the platform must read; any other is {@link EventType#OTHER}. */
    private static final Set<String> READ = Set.of(
            "payment_intent.succeeded",
            "payment_intent.payment_failed",
            "charge.refunded",
            "refund.created",
            "refund.updated",
            "refund.failed");

    private StripeEvents() {}

    /**
     * @param object the event's {@code data.object}, null when it could not be read
     * @throws InvalidWebhookException when an event the platform acts on has no object of the
     *     expected kind
     */
    static ProviderEvent read(Event event, StripeObject object) {
        String type = event.getType();
        Instant created = Instant.ofEpochSecond(event.getCreated());
        if (!READ.contains(type)) {
            return new ProviderEvent(event.getId(), EventType.OTHER, null, null, null, null, null, created);
        }
        if (type.startsWith("payment_intent.") && object instanceof PaymentIntent intent) {
            boolean succeeded = type.equals("payment_intent.succeeded");
            StripeError error = intent.getLastPaymentError();
            return new ProviderEvent(
                    event.getId(),
                    succeeded ? EventType.CHARGE_SUCCEEDED : EventType.CHARGE_FAILED,
                    intent.getId(),
                    reference(intent.getMetadata()),
                    amount(intent.getAmount(), intent.getCurrency()),
                    null,
                    succeeded || error == null ? null : declineCode(error),
                    created);
        }
        if (type.equals("charge.refunded") && object instanceof Charge charge) {
            // API versions before 2022-11-15 list the charge's refunds, newest first; later ones do
            // not, and the event then says only how much of the charge is refunded by now. Stripe
            // sends it as soon as a refund is created: a listed refund that is still pending has not
            // gone through
            Refund latest = charge.getRefunds() == null
                            || charge.getRefunds().getData() == null
                            || charge.getRefunds().getData().isEmpty()
                    ? null
                    : charge.getRefunds().getData().get(0);
            return new ProviderEvent(
                    event.getId(),
                    latest == null ? EventType.REFUND_SUCCEEDED : refundType(type, latest.getStatus()),
                    charge.getPaymentIntent() != null ? charge.getPaymentIntent() : charge.getId(),
                    latest == null ? reference(charge.getMetadata()) : reference(latest.getMetadata()),
                    latest == null
                            ? amount(charge.getAmountRefunded(), charge.getCurrency())
                            : amount(latest.getAmount(), latest.getCurrency()),
                    latest == null ? null : latest.getId(),
                    null,
                    created);
        }
        if (type.startsWith("refund.") && object instanceof Refund refund) {
            return new ProviderEvent(
                    event.getId(),
                    refundType(type, refund.getStatus()),
                    refund.getPaymentIntent() != null ? refund.getPaymentIntent() : refund.getCharge(),
                    reference(refund.getMetadata()),
                    amount(refund.getAmount(), refund.getCurrency()),
                    refund.getId(),
                    refund.getFailureReason(),
                    created);
        }
        throw new InvalidWebhookException(
                StripeGateway.PROVIDER,
                "event " + event.getId() + " (" + type + ") carries no readable "
                        + type.substring(0, type.indexOf('.')));
    }

    /**
     * {@code refund.failed} failed; {@code refund.created}, {@code refund.updated} and the refund a
     * {@code charge.refunded} lists tell by the refund's status: succeeded, failed or canceled (the
     * money stays with us), else ({@code pending}, {@code requires_action}) still on its way.
     */
    private static EventType refundType(String type, String status) {
        if (type.equals("refund.failed")) {
            return EventType.REFUND_FAILED;
        }
        if ("succeeded".equals(status)) {
            return EventType.REFUND_SUCCEEDED;
        }
        if ("failed".equals(status) || "canceled".equals(status)) {
            return EventType.REFUND_FAILED;
        }
        return EventType.OTHER;
    }

    private static String reference(Map<String, String> metadata) {
        return metadata == null ? null : metadata.get("reference");
    }

    private static Money amount(Long minorUnits, String currency) {
        return minorUnits == null || currency == null ? null : StripeGateway.money(minorUnits, currency);
    }

    private static String declineCode(StripeError error) {
        return error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode();
    }
}
