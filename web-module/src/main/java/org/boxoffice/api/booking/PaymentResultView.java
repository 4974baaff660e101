package org.boxoffice.api.booking;

import org.boxoffice.api.payment.PaymentView;
import org.boxoffice.booking.boundary.Checkout;

/**
 * The answer to a payment: the attempt (null for a free booking, confirmed without one), the
 * booking after it, and for a payment the customer's browser confirms with the provider's client
 * library ({@code challenge} CONFIRM_IN_BROWSER) the {@code clientSecret} that library needs.
 */
public record PaymentResultView(PaymentView payment, BookingView booking, String clientSecret) {

    static PaymentResultView of(Checkout.Paid paid) {
        String challenge = paid.attempt() == null ? null : paid.attempt().challenge();
        return new PaymentResultView(
                paid.payment() == null ? null : PaymentView.of(paid.payment(), challenge),
                BookingView.of(paid.booking(), paid.tickets()),
                paid.attempt() == null ? null : paid.attempt().clientSecret());
    }
}
