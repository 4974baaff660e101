package org.boxoffice.api.admin;

import org.boxoffice.api.booking.BookingView;
import org.boxoffice.api.payment.RefundView;
import org.boxoffice.booking.boundary.Checkout;

/** The answer to a refund: the refund, and the booking after it (its tickets' states). */
public record RefundResultView(RefundView refund, BookingView booking) {

    static RefundResultView of(Checkout.Refunded refunded) {
        return new RefundResultView(
                RefundView.of(refunded.refund()),
                BookingView.of(refunded.booking().booking(), refunded.booking().tickets()));
    }
}
