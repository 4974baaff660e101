package org.boxoffice.payment.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Where a payment attempt stands. {@code PENDING}: written before the provider is asked, its
 * answer not known yet (a webhook or the reconciliation tells it if the platform died meanwhile);
 * {@code REQUIRES_ACTION}: the provider waits for the customer (a card's 3-D Secure challenge, a
 * PayPal-like approval, the browser's confirmation); {@code ABANDONED}: a newer attempt or the end
 * of the hold replaced it, nothing was charged; {@code PARTIALLY_REFUNDED} and {@code REFUNDED}:
 * some or all of a succeeded payment's money went back.
 */
public enum PaymentStatus {
    PENDING,
    REQUIRES_ACTION,
    SUCCEEDED,
    DECLINED,
    ABANDONED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /** Whether the provider may still charge: the attempt has not ended either way. */
    public boolean isOpen() {
        return this == PENDING || this == REQUIRES_ACTION;
    }

    /** Whether the provider took the money (some of it may have gone back since). */
    public boolean isPaid() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }

    /** The statuses that are {@linkplain #isPaid paid}, for a query's {@code in} list. */
    public static List<PaymentStatus> paid() {
        return Arrays.stream(values()).filter(PaymentStatus::isPaid).toList();
    }
}
