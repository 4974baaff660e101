package org.boxoffice.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

/** A refund moves only forward: PENDING, then SUCCEEDED or FAILED, and a SUCCEEDED one may still fail. */
class RefundTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private final Payment payment = paid();

    private static Payment paid() {
        Payment payment = Payment.begin(
                42, 7, PaymentMethod.CARD, Money.of("20.00", "EUR"), "stripe", "visa", "4242", NOW.minusDays(1));
        payment.succeed("pi_1", NOW.minusDays(1));
        return payment;
    }

    private Refund asked() {
        return Refund.of(
                payment, Money.of("7.50", "EUR"), RefundReason.ADMIN, "booking-42-refund-a", 1L, List.of(), NOW);
    }

    @Test
    void aRefundTheProviderAcceptedStaysPendingWithTheProvidersIdAndRefundsNothingYet() {
        Refund refund = asked();

        refund.accepted("re_1", NOW.plusSeconds(1));

        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refund.providerReference()).isEqualTo("re_1");
        assertThat(refund.changedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aPendingRefundGoesBackOnce() {
        Refund refund = asked();
        refund.accepted("re_1", NOW);

        assertThat(refund.wentBack(payment, "re_1", NOW.plusDays(1))).isTrue();
        assertThat(refund.wentBack(payment, "re_1", NOW.plusDays(2)))
                .as("told twice")
                .isFalse();

        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.changedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(payment.refunded()).as("counted once").isEqualTo(Money.of("7.50", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void aPendingRefundThatFailsLeavesThePaymentAsItWas() {
        Refund refund = asked();
        refund.accepted("re_1", NOW);

        assertThat(refund.didNotGoBack(payment, NOW.plusDays(1))).isTrue();
        assertThat(refund.didNotGoBack(payment, NOW.plusDays(2)))
                .as("told twice")
                .isFalse();
        assertThat(refund.wentBack(payment, "re_1", NOW.plusDays(3)))
                .as("a success reported after the failure (out of order)")
                .isFalse();

        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(payment.refundable()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> refund.accepted("re_1", NOW.plusDays(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSucceededRefundThatFailsLaterIsRefundableAgain() {
        Refund refund = asked();
        refund.wentBack(payment, "re_2", NOW);

        assertThat(refund.didNotGoBack(payment, NOW.plusDays(1))).isTrue();

        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(payment.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }
}
