package org.boxoffice.payment.boundary;

import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Money;

/** A refund of more than is left of the payment (paid, less what went back already), or of nothing. */
public class RefundTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RefundTooLargeException(long bookingId, Money asked, Money refundable) {
        super(
                Kind.INVALID,
                "refund.too-large",
                bookingId,
                asked.amount().toPlainString() + " " + asked.currency().getCurrencyCode(),
                refundable.amount().toPlainString() + " "
                        + refundable.currency().getCurrencyCode());
    }
}
