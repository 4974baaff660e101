package org.boxoffice.api.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.boxoffice.payment.control.PaymentDetails;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.PaymentMethod;

/**
 * How to pay a booking: {@code {"method": "CARD", "card": {"number": "4242 4242 4242 4242",
 * "expiry": "12/30", "cvc": "123"}}}, {@code {"method": "PAYPAL", "payerEmail": "..."}} or {@code
 * {"method": "WALLET", "walletToken": "..."}}. A free booking needs no body.
 *
 * <p>With a provider whose own form in the customer's browser takes the details and confirms the
 * payment (Stripe's Payment Element), the method is sent with {@code "confirm": "browser"} and no
 * details: {@code {"method": "CARD", "confirm": "browser"}}. The answer then requires action,
 * challenge {@code CONFIRM_IN_BROWSER}, with the client secret for that form. A provider that
 * needs the details sent refuses it ({@code payment.invalid.browser-confirmation}).
 *
 * @param confirm {@code browser}, or absent for details sent with the request
 */
public record PaymentRequest(
        @Size(max = 10, message = "must be CARD, PAYPAL or WALLET")
        String method,

        @Size(max = 10, message = "must be browser") String confirm,

        @Valid Card card,

        @Size(max = 320, message = "has more than 320 characters")
        String payerEmail,

        @Size(max = 200, message = "has more than 200 characters")
        String walletToken) {

    /** A card as typed in; passed to the provider, never stored. */
    public record Card(
            @Size(max = 30, message = "has more than 30 characters")
            String number,

            @Size(max = 10, message = "must be MM/YY") String expiry,

            @Size(max = 4, message = "has more than 4 digits")
            String cvc) {}

    /**
     * The details for the payment boundary; a method that is none of the three is none.
     *
     * @throws InvalidPaymentException {@code payment.invalid.confirm} for a {@code confirm} that is
     *     not {@code browser}
     */
    PaymentDetails details() {
        PaymentMethod chosen = null;
        if (method != null) {
            for (PaymentMethod candidate : PaymentMethod.values()) {
                if (candidate.name().equalsIgnoreCase(method.strip())) {
                    chosen = candidate;
                }
            }
        }
        boolean inBrowser = false;
        if (confirm != null && !confirm.isBlank()) {
            if (!"browser".equalsIgnoreCase(confirm.strip())) {
                throw new InvalidPaymentException("confirm");
            }
            inBrowser = true;
        }
        return new PaymentDetails(
                chosen,
                card == null ? null : card.number(),
                card == null ? null : card.expiry(),
                card == null ? null : card.cvc(),
                payerEmail,
                walletToken,
                inBrowser);
    }
}
