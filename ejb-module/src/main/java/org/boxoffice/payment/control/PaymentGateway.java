package org.boxoffice.payment.control;

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
     * @param reference our reference of the attempt, unique ({@code payment-123})
     * @throws PaymentProviderException when the provider cannot be reached or answers an error
     */
    Outcome charge(String reference, Money amount, PaymentDetails details, String description);

    /**
     * The customer's answer to the provider's challenge of a charge that required action.
     *
     * @throws PaymentProviderException when the provider cannot be reached or answers an error
     */
    Outcome complete(String providerReference, String answer);

    /**
     * Gives a succeeded charge's amount back; the provider's reference of the refund.
     *
     * @throws PaymentProviderException when the provider cannot be reached or refuses
     */
    String refund(String providerReference, Money amount, String reference);

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
    record Outcome(Result result, String providerReference, String declineCode, String challenge) {}
}
