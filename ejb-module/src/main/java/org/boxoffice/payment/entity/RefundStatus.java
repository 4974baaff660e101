package org.boxoffice.payment.entity;

/**
 * Where a refund stands: {@code PENDING} while the provider has not confirmed it (its answer or its
 * webhook), {@code SUCCEEDED} when the money went back, {@code FAILED} when the provider could not
 * give it back (the amount counts as refundable again).
 */
public enum RefundStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
