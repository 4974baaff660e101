package org.boxoffice.webhook.entity;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Not yet delivered: waiting for its first attempt, an attempt under way, or a retry. */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Every attempt of the retry schedule failed; only a replay sends it again. */
    FAILED
}
