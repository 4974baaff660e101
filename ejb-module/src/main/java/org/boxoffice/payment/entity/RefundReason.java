package org.boxoffice.payment.entity;

/** Why money went back. */
public enum RefundReason {
    /** The customer cancelled within the event's policy. */
    CUSTOMER_CANCELLATION,
    /** The organizer cancelled the event. */
    EVENT_CANCELLED,
    /** An admin or the support desk gave money back, for tickets or an amount. */
    ADMIN,
    /** The provider took the money after the booking's hold had ended: nothing was sold for it. */
    LATE_PAYMENT
}
