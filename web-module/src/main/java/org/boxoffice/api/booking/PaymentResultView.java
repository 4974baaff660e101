package org.boxoffice.api.booking;

import org.boxoffice.api.payment.PaymentView;
import org.boxoffice.booking.boundary.Checkout;

/** The answer to a payment: the attempt (null for a free booking, confirmed without one) and the booking after it. */
public record PaymentResultView(PaymentView payment, BookingView booking) {

    static PaymentResultView of(Checkout.Paid paid) {
        return new PaymentResultView(
                paid.payment() == null ? null : PaymentView.of(paid.payment()),
                BookingView.of(paid.booking(), paid.tickets()));
    }
}
