package org.boxoffice.api.payment;

import java.util.List;
import org.boxoffice.api.MoneyView;
import org.boxoffice.booking.boundary.PaymentHistory;
import org.boxoffice.payment.entity.Payment;

/**
 * A payment of the transaction history in JSON: what {@link PaymentView} shows (a card by its
 * brand and last four digits only), the {@code eventId} of its booking, the paying customer's
 * {@code accountId} (in scope {@code all} only), each of its {@code refunds} oldest first, and the
 * path of its {@code receipt} once it took money.
 */
public record TransactionView(
        String id,
        String bookingId,
        String eventId,
        String accountId,
        String method,
        String status,
        MoneyView amount,
        MoneyView refunded,
        String cardBrand,
        String cardLast4,
        String declineCode,
        String challenge,
        String createdAt,
        String changedAt,
        List<RefundView> refunds,
        String receipt) {

    /** @param withAccount whether to name the paying customer: for admins only */
    public static TransactionView of(PaymentHistory.Entry entry, boolean withAccount) {
        Payment payment = entry.payment();
        PaymentView view = PaymentView.of(payment);
        return new TransactionView(
                view.id(),
                view.bookingId(),
                String.valueOf(entry.eventId()),
                withAccount ? String.valueOf(payment.accountId()) : null,
                view.method(),
                view.status(),
                view.amount(),
                view.refunded(),
                view.cardBrand(),
                view.cardLast4(),
                view.declineCode(),
                view.challenge(),
                view.createdAt(),
                view.changedAt(),
                entry.refunds().stream().map(RefundView::of).toList(),
                payment.status().isPaid() ? "/api/v1/payments/" + payment.id() + "/receipt.pdf" : null);
    }
}
