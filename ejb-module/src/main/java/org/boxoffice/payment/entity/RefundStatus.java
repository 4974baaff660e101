package org.boxoffice.payment.entity;

/**
 * Where a refund stands: {@code PENDING} while the provider has not said that the money went back
 * (a provider that gives it back later says so in its webhook; the amount is not refundable a second
 * time meanwhile), {@code SUCCEEDED} when the money went back (the payment counts it as refunded),
 * {@code FAILED} when the provider could not give it back, before or after it succeeded (the amount
 * counts as refundable again). A refund moves only forward: PENDING, then SUCCEEDED or FAILED, and a
 * SUCCEEDED one may still fail.
 */
public enum RefundStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
