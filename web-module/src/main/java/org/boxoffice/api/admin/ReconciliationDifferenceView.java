package org.boxoffice.api.admin;

import org.boxoffice.api.MoneyView;
import org.boxoffice.reconciliation.entity.ReconciliationDifference;

/**
 * One difference a run found: its {@code kind} (CHARGE_MISSING_HERE, CHARGE_MISSING_AT_PROVIDER,
 * AMOUNT_MISMATCH, REFUND_MISSING_HERE, REFUND_MISSING_AT_PROVIDER, STALE_PENDING), our rows it
 * names, the provider's reference, both sides' amounts (null for a side that has none), and its
 * {@code resolution} (REPORTED, BOOKING_CONFIRMED, MONEY_REFUNDED, PAYMENT_ABANDONED, LEFT_PENDING,
 * SETTLED_MEANWHILE, RESOLUTION_FAILED) with a {@code detail} in English.
 */
public record ReconciliationDifferenceView(
        String id,
        String kind,
        String paymentId,
        String refundId,
        String bookingId,
        String providerReference,
        MoneyView ours,
        MoneyView provider,
        String resolution,
        String detail,
        String foundAt) {

    static ReconciliationDifferenceView of(ReconciliationDifference difference) {
        return new ReconciliationDifferenceView(
                String.valueOf(difference.id()),
                difference.kind().name(),
                id(difference.paymentId()),
                id(difference.refundId()),
                id(difference.bookingId()),
                difference.providerReference(),
                MoneyView.of(difference.ours()),
                MoneyView.of(difference.theirs()),
                difference.resolution().name(),
                difference.detail(),
                difference.foundAt().toString());
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
