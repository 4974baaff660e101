package org.boxoffice.testprovider.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.testprovider.entity.TestProviderRefusal.Reason;
import org.junit.jupiter.api.Test;

class TestChargeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 15, 30, 123_456_789, ZoneOffset.UTC);

    @Test
    void aNewChargeHasItsIdItsRulesDecisionAndNothingRefunded() {
        TestCharge charge = charge("4242424242424242", "40.00");

        assertThat(charge.id()).matches("ch_[0-9a-f]{32}");
        assertThat(charge.status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(charge.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(charge.reference()).isEqualTo("payment-1");
        assertThat(charge.createdAt())
                .as("kept to the microsecond, as the database keeps it")
                .isEqualTo(NOW.withNano(123_456_000));
    }

    @Test
    void partialRefundsMayReachTheAmountAndNeverExceedIt() {
        TestCharge charge = charge("4242424242424242", "40.00");

        TestRefund first = charge.refund(Money.of("15.00", "EUR"), "refund-a", NOW);
        assertThat(first.id()).matches("re_[0-9a-f]{32}");
        assertThat(first.chargeId()).isEqualTo(charge.id());
        assertThat(charge.status()).isEqualTo(ChargeStatus.PARTIALLY_REFUNDED);
        assertThat(charge.refunded()).isEqualTo(Money.of("15.00", "EUR"));

        assertThatThrownBy(() -> charge.refund(Money.of("25.01", "EUR"), "refund-b", NOW))
                .isInstanceOfSatisfying(TestProviderRefusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Reason.AMOUNT_TOO_LARGE));
        assertThat(charge.refunded()).as("a refusal changes nothing").isEqualTo(Money.of("15.00", "EUR"));

        charge.refund(Money.of("25.00", "EUR"), "refund-c", NOW);
        assertThat(charge.status()).isEqualTo(ChargeStatus.REFUNDED);
        assertThatThrownBy(() -> charge.refund(Money.of("0.01", "EUR"), "refund-d", NOW))
                .isInstanceOfSatisfying(TestProviderRefusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Reason.AMOUNT_TOO_LARGE));
    }

    @Test
    void noAmountRefundsWhatIsLeft() {
        TestCharge charge = charge("4242424242424242", "40.00");
        charge.refund(Money.of("10.00", "EUR"), "refund-a", NOW);

        TestRefund rest = charge.refund(null, "refund-b", NOW);

        assertThat(rest.amount()).isEqualTo(Money.of("30.00", "EUR"));
        assertThat(charge.status()).isEqualTo(ChargeStatus.REFUNDED);
    }

    @Test
    void onlySucceededChargesInTheirOwnCurrencyAreRefunded() {
        TestCharge declined = charge("4000000000000002", "40.00");
        assertThatThrownBy(() -> declined.refund(null, "refund-a", NOW))
                .isInstanceOfSatisfying(TestProviderRefusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Reason.NOT_REFUNDABLE));

        TestCharge charge = charge("4242424242424242", "40.00");
        assertThatThrownBy(() -> charge.refund(Money.of("1.00", "USD"), "refund-b", NOW))
                .isInstanceOfSatisfying(TestProviderRefusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(Reason.CURRENCY_MISMATCH));
    }

    @Test
    void aChallengeIsAnsweredOnce() {
        TestCharge charge = charge("4000002760003184", "40.00");
        assertThat(charge.challenge()).isEqualTo("3DS");

        assertThat(charge.complete("123456")).isTrue();
        assertThat(charge.status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(charge.challenge()).isNull();

        assertThat(charge.complete("000000")).as("answered already").isFalse();
        assertThat(charge.status()).isEqualTo(ChargeStatus.SUCCEEDED);
    }

    @Test
    void aFailedChallengeDeclines() {
        TestCharge charge = charge("4000002760003184", "40.00");

        assertThat(charge.complete("000000")).isTrue();

        assertThat(charge.status()).isEqualTo(ChargeStatus.DECLINED);
        assertThat(charge.declineCode()).isEqualTo("authentication_failed");
    }

    static TestCharge charge(String card, String amount) {
        return new TestCharge(
                "payment-1",
                "payment-1",
                "CARD",
                Money.of(amount, "EUR"),
                "boxoffice booking 1",
                TestRules.decide("CARD", card, "", ""),
                NOW);
    }
}
