package org.boxoffice.reconciliation.entity;

/** What the reconciliation did about a difference. */
public enum Resolution {
    /** Nothing: someone has to look into it. */
    REPORTED,
    /** The provider's charge of a held booking: the booking was confirmed with its tickets. */
    BOOKING_CONFIRMED,
    /** The provider's charge of a booking that had ended or was paid otherwise: the money went back. */
    MONEY_REFUNDED,
    /** An attempt pending for long with no charge at the provider was given up. */
    PAYMENT_ABANDONED,
    /**
     * An attempt pending for long was left as it is: the provider has a charge of the same amount
     * that no payment here names, which may be this attempt's.
     */
    LEFT_PENDING,
    /** The payment was settled by other means (its webhook) before the reconciliation could. */
    SETTLED_MEANWHILE,
    /** Settling it failed (the detail says why); the next run tries again. */
    RESOLUTION_FAILED;

    /** Whether the reconciliation settled the difference itself. */
    public boolean isResolved() {
        return this == BOOKING_CONFIRMED || this == MONEY_REFUNDED || this == PAYMENT_ABANDONED;
    }
}
