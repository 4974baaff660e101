package org.boxoffice.payment.entity;

/**
 * Where a payment attempt stands. {@code REQUIRES_ACTION}: the provider waits for the customer (a
 * card's 3-D Secure challenge, a PayPal-like approval); {@code ABANDONED}: a newer attempt or the
 * end of the hold replaced it, nothing was charged.
 */
public enum PaymentStatus {
    REQUIRES_ACTION,
    SUCCEEDED,
    DECLINED,
    ABANDONED,
    REFUNDED
}
