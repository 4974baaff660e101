package org.boxoffice.reconciliation.entity;

/** What a reconciliation found to differ between our records and the provider's. */
public enum DifferenceKind {
    /** The provider charged, and no payment here is paid by that charge. */
    CHARGE_MISSING_HERE,
    /** A payment here is paid, and the provider has no charge for it. */
    CHARGE_MISSING_AT_PROVIDER,
    /** A charge or a refund is known to both, for different amounts or currencies. */
    AMOUNT_MISMATCH,
    /** The provider refunded, and no refund here went through by that refund. */
    REFUND_MISSING_HERE,
    /** A refund here went through, and the provider has no refund for it. */
    REFUND_MISSING_AT_PROVIDER,
    /** An attempt has waited for the provider's answer for long, and the provider has no charge for it. */
    STALE_PENDING
}
