package org.boxoffice.api.payment;

import java.util.List;
import org.boxoffice.api.MoneyView;
import org.boxoffice.payment.entity.Refund;

/**
 * A refund in JSON: its amount, {@code status} (PENDING, SUCCEEDED, FAILED), {@code reason}
 * (CUSTOMER_CANCELLATION, EVENT_CANCELLED, ADMIN, LATE_PAYMENT) and the tickets it cancelled.
 */
public record RefundView(
        String id,
        String paymentId,
        String bookingId,
        MoneyView amount,
        String status,
        String reason,
        List<String> ticketIds,
        String createdAt) {

    public static RefundView of(Refund refund) {
        return new RefundView(
                String.valueOf(refund.id()),
                String.valueOf(refund.paymentId()),
                String.valueOf(refund.bookingId()),
                MoneyView.of(refund.amount()),
                refund.status().name(),
                refund.reason().name(),
                refund.ticketIds().stream().map(String::valueOf).toList(),
                refund.createdAt().toString());
    }
}
