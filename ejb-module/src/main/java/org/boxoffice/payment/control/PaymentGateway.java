package org.boxoffice.payment.control;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.boxoffice.platform.entity.Money;

/**
 * A payment provider, as the platform needs it: charge an amount, complete a charge that waits for
 * the customer (3-D Secure, a PayPal-like approval), refund a charge. Each call carries our own
 * reference, which the provider uses as its idempotency key: a call repeated after a lost answer
 * charges or refunds once.
 */
public interface PaymentGateway {

    /** The provider's name, stored with each payment ({@code test}). */
    String provider();

    /**
     * Whether the customer's browser confirms a charge itself, with the provider's own form (Stripe's
     * Payment Element): a charge of details {@linkplain PaymentDetails#confirmedByProvider confirmed
     * by the provider} then waits ({@link Result#REQUIRES_ACTION}) with a client secret for that
     * form. Providers that need the details sent through the platform say no.
     */
    default boolean confirmsInBrowser() {
        return false;
    }

    /**
     * The key the customer's browser identifies the account with to the provider's script (Stripe's
     * publishable key); null for a provider that does not {@linkplain #confirmsInBrowser confirm in
     * the browser}. Not a secret.
     */
    default String publishableKey() {
        return null;
    }

    /**
     * @param reference our reference of the attempt, unique ({@code payment-123})
     * @throws PaymentProviderException when the provider cannot be reached or answers an error
     */
    Outcome charge(String reference, Money amount, PaymentDetails details, String description);

    /**
     * As {@link #charge(String, Money, PaymentDetails, String)}, with where the customer's browser
     * comes back to after a redirect of the provider's (a bank's 3-D Secure page): the booking's
     * own page. A provider without such redirects ignores it.
     *
     * @param returnUrl an absolute address; null for the provider's default
     */
    default Outcome charge(
            String reference, Money amount, PaymentDetails details, String description, String returnUrl) {
        return charge(reference, amount, details, description);
    }

    /**
     * The customer's answer to the provider's challenge of a charge that required action.
     *
     * @throws PaymentProviderException when the provider cannot be reached or answers an error
     */
    Outcome complete(String providerReference, String answer);

    /**
     * Cancels a charge that waits for the customer and was given up here (its hold ended, a newer
     * attempt replaced it), so that the customer cannot pay it any more. A charge the provider has
     * cancelled already, or that was paid meanwhile, stays as it is: a payment that got there first
     * is refunded by the late-payment path.
     *
     * @throws PaymentProviderException when the provider cannot be reached or refuses
     */
    void cancel(String providerReference);

    /**
     * Gives a succeeded charge's amount back: the provider's reference of the refund, and whether
     * the money went back already. A refund the provider accepted but has not carried out yet
     * (Stripe's {@code pending}) is confirmed or failed later by the provider's webhook.
     *
     * @throws PaymentProviderException when the provider cannot be reached, refuses, or answers
     *     that the refund failed
     */
    RefundOutcome refund(String providerReference, Money amount, String reference);

    /**
     * Verifies a webhook's signature and reads its event. Headers are looked up by name, case
     * insensitive; a header that is missing reads as null.
     *
     * @throws InvalidWebhookException when the signature is missing, wrong or too old, or the
     *     payload is not an event of this provider; nothing is to be changed then
     */
    ProviderEvent event(String payload, Function<String, String> header);

    /**
     * The provider's own record of the charges and refunds made from {@code from} (inclusive) to
     * {@code to} (exclusive), for reconciliation.
     *
     * @throws PaymentProviderException when the provider cannot be reached or answers an error
     */
    List<ProviderRecord> records(Instant from, Instant to);

    /** How a charge stands after a call. */
    enum Result {
        SUCCEEDED,
        DECLINED,
        REQUIRES_ACTION
    }

    /**
     * @param declineCode why it was declined, the provider's code ({@code card_declined})
     * @param challenge what the customer must do for a charge that requires action ({@code 3DS},
     *     {@code PAYPAL_APPROVAL})
     */
    record Outcome(Result result, String providerReference, String declineCode, String challenge, String clientSecret) {

        /** An outcome that the customer's browser does not need to confirm. */
        public Outcome(Result result, String providerReference, String declineCode, String challenge) {
            this(result, providerReference, declineCode, challenge, null);
        }
    }

    /**
     * How a refund stands after the provider's answer.
     *
     * @param providerReference the provider's id of the refund ({@code re_...})
     * @param succeeded whether the money went back already; false while the provider still works
     *     on it, and its webhook tells how it ended
     */
    record RefundOutcome(String providerReference, boolean succeeded) {

        /** A refund whose money went back. */
        public static RefundOutcome succeeded(String providerReference) {
            return new RefundOutcome(providerReference, true);
        }

        /** A refund the provider accepted and has not carried out yet. */
        public static RefundOutcome pending(String providerReference) {
            return new RefundOutcome(providerReference, false);
        }
    }

    /** What a webhook event says happened. */
    enum EventType {
        /** A charge (a card payment, a payment intent) succeeded: the money is ours. */
        CHARGE_SUCCEEDED,
        /** A charge failed or was declined. */
        CHARGE_FAILED,
        /** A refund went through: the money went back. */
        REFUND_SUCCEEDED,
        /** A refund failed after it was accepted (while pending, or after it went through). */
        REFUND_FAILED,
        /** Anything else: recorded, and otherwise ignored. */
        OTHER
    }

    /**
     * One webhook event, as the platform needs it.
     *
     * @param id the provider's id of the event ({@code evt_...}), unique per provider
     * @param chargeReference the provider's id of the charge the event is about (a payment
     *     intent's {@code pi_...}), as {@link Outcome#providerReference} gave it
     * @param reference our reference of the attempt ({@code payment-123}), when the provider
     *     carries it back (metadata, the idempotency key); null otherwise
     * @param amount the charge's or the refund's amount; null when the event has none
     * @param refundReference the provider's id of the refund, for refund events
     * @param declineCode why a charge failed, the provider's code
     * @param created when the provider made the event
     */
    record ProviderEvent(
            String id,
            EventType type,
            String chargeReference,
            String reference,
            Money amount,
            String refundReference,
            String declineCode,
            Instant created) {}

    /** A kind of money movement at the provider. */
    enum RecordKind {
        CHARGE,
        REFUND
    }

    /**
     * A charge or refund as the provider books it.
     *
     * @param providerReference the provider's id of the charge (as {@link
     *     Outcome#providerReference}) or of the refund (as {@link #refund} returns it)
     * @param chargeReference for a refund, the provider's id of its charge; for a charge, the same
     *     as {@code providerReference}
     * @param reference for a charge, our reference of the attempt it paid ({@code payment-123}), as
     *     the provider keeps it (metadata, the reference given with the charge): it finds our payment
     *     when the provider's id of the charge never reached us; null when the provider keeps none,
     *     and for refunds
     * @param amount what moved, positive for charges and refunds alike
     * @param fee what the provider kept, in the same currency; null when not known
     */
    record ProviderRecord(
            RecordKind kind,
            String providerReference,
            String chargeReference,
            String reference,
            Money amount,
            Money fee,
            Instant at) {}
}
