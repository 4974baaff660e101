package org.boxoffice.api.payment;

import org.boxoffice.api.MoneyView;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.payment.entity.PaymentStatus;

/**
 * A payment attempt in JSON: {@code status} PENDING (the provider's answer is not known yet),
 * SUCCEEDED, DECLINED (with the provider's {@code declineCode}), REQUIRES_ACTION (with the {@code
 * challenge} to answer: {@code 3DS}, {@code PAYPAL_APPROVAL}, or {@code CONFIRM_IN_BROWSER} for a
 * provider whose client library confirms it), ABANDONED, PARTIALLY_REFUNDED or REFUNDED, with what
 * was {@code refunded} so far. A card shows its brand and last four digits only.
 */
public record PaymentView(
        String id,
        String bookingId,
        String method,
        String status,
        MoneyView amount,
        MoneyView refunded,
        String cardBrand,
        String cardLast4,
        String declineCode,
        String challenge,
        String createdAt,
        String changedAt) {

    public static PaymentView of(Payment payment) {
        return of(payment, null);
    }

    /** @param challenge the provider's own word of what it waits for, when it gave one */
    public static PaymentView of(Payment payment, String challenge) {
        return new PaymentView(
                String.valueOf(payment.id()),
                String.valueOf(payment.bookingId()),
                payment.method().name(),
                payment.status().name(),
                MoneyView.of(payment.amount()),
                MoneyView.of(payment.refunded()),
                payment.cardBrand(),
                payment.cardLast4(),
                payment.declineCode(),
                payment.status() == PaymentStatus.REQUIRES_ACTION && challenge != null
                        ? challenge
                        : challengeOf(payment),
                payment.createdAt().toString(),
                payment.changedAt().toString());
    }

    /** What the provider waits for: a card's 3-D Secure code, or the PayPal-like approval. */
    private static String challengeOf(Payment payment) {
        if (payment.status() != PaymentStatus.REQUIRES_ACTION) {
            return null;
        }
        return payment.method() == PaymentMethod.PAYPAL ? "PAYPAL_APPROVAL" : "3DS";
    }
}
