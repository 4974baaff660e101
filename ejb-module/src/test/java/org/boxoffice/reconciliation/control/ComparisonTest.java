package org.boxoffice.reconciliation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.payment.control.PaymentGateway.RecordKind;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.reconciliation.control.Comparison.Action;
import org.boxoffice.reconciliation.control.Comparison.Finding;
import org.boxoffice.reconciliation.control.Comparison.OurPayment;
import org.boxoffice.reconciliation.control.Comparison.OurRefund;
import org.boxoffice.reconciliation.control.Comparison.Result;
import org.boxoffice.reconciliation.entity.DifferenceKind;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");
    private static final Instant AN_HOUR_BEFORE = NOON.minusSeconds(3600);
    private static final Money TEN = Money.of("10.00", "EUR");

    @Test
    void aChargeKnownToBothForTheSameAmountMatches() {
        Result result = chargeAgainst(charge("ch_1", TEN), payment(1, PaymentStatus.SUCCEEDED, "ch_1", TEN));

        assertThat(result.findings()).isEmpty();
        assertThat(result.matched()).isEqualTo(1);
    }

    @Test
    void aChargeOfAPaymentThatWasRefundedSinceStillMatches() {
        Result partly = chargeAgainst(charge("ch_1", TEN), payment(1, PaymentStatus.PARTIALLY_REFUNDED, "ch_1", TEN));
        Result fully = chargeAgainst(charge("ch_2", TEN), payment(2, PaymentStatus.REFUNDED, "ch_2", TEN));

        assertThat(partly.findings()).isEmpty();
        assertThat(fully.findings()).isEmpty();
    }

    @Test
    void aChargeNoPaymentHereNamesIsMissingHereAndOnlyReported() {
        Result result = Comparison.providerRecords(List.of(charge("ch_9", TEN)), Map.of(), Map.of(), Map.of());

        assertThat(result.matched()).isZero();
        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
        assertThat(finding.action()).isEqualTo(Action.REPORT);
        assertThat(finding.paymentId()).isNull();
        assertThat(finding.providerReference()).isEqualTo("ch_9");
        assertThat(finding.ours()).isNull();
        assertThat(finding.theirs()).isEqualTo(TEN);
    }

    @Test
    void aChargeOfAnAttemptOpenOrGivenUpHereIsSettled() {
        for (PaymentStatus status : List.of(
                PaymentStatus.PENDING,
                PaymentStatus.REQUIRES_ACTION,
                PaymentStatus.ABANDONED,
                PaymentStatus.DECLINED)) {
            Result result = chargeAgainst(charge("ch_1", TEN), payment(7, status, "ch_1", TEN));

            Finding finding = only(result);
            assertThat(finding.kind()).as(status.name()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
            assertThat(finding.action()).as(status.name()).isEqualTo(Action.SETTLE_CHARGE);
            assertThat(finding.paymentId()).isEqualTo(7);
            assertThat(finding.bookingId()).isEqualTo(1007);
            assertThat(finding.detail()).contains(status.name());
        }
    }

    @Test
    void aChargeOfAnOpenAttemptForAnotherAmountIsReportedNotSettled() {
        Result result =
                chargeAgainst(charge("ch_1", Money.of("12.00", "EUR")), payment(7, PaymentStatus.PENDING, "ch_1", TEN));

        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
        assertThat(finding.action()).isEqualTo(Action.REPORT);
        assertThat(finding.ours()).isEqualTo(TEN);
        assertThat(finding.theirs()).isEqualTo(Money.of("12.00", "EUR"));
    }

    @Test
    void chargesOfDifferentAmountsOrCurrenciesMismatch() {
        Result amounts = chargeAgainst(
                charge("ch_1", Money.of("10.01", "EUR")), payment(1, PaymentStatus.SUCCEEDED, "ch_1", TEN));
        Result currencies = chargeAgainst(
                charge("ch_2", Money.of("10.00", "USD")), payment(2, PaymentStatus.SUCCEEDED, "ch_2", TEN));

        assertThat(only(amounts).kind()).isEqualTo(DifferenceKind.AMOUNT_MISMATCH);
        assertThat(only(amounts).ours()).isEqualTo(TEN);
        assertThat(only(amounts).theirs()).isEqualTo(Money.of("10.01", "EUR"));
        Finding currency = only(currencies);
        assertThat(currency.kind()).isEqualTo(DifferenceKind.AMOUNT_MISMATCH);
        assertThat(currency.ours().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(currency.theirs().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(currency.action()).isEqualTo(Action.REPORT);
    }

    @Test
    void scaleDoesNotMakeAMismatch() {
        Result result =
                chargeAgainst(charge("ch_1", Money.of("10", "EUR")), payment(1, PaymentStatus.SUCCEEDED, "ch_1", TEN));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aRefundKnownToBothMatchesAndOneForAnotherAmountMismatches() {
        OurPayment paid = payment(1, PaymentStatus.PARTIALLY_REFUNDED, "ch_1", TEN);
        Result result = Comparison.providerRecords(
                List.of(
                        refund("re_1", "ch_1", Money.of("4.00", "EUR")),
                        refund("re_2", "ch_1", Money.of("3.00", "EUR"))),
                Map.of("ch_1", paid),
                Map.of(),
                Map.of(
                        "re_1", ourRefund(11, RefundStatus.SUCCEEDED, "re_1", Money.of("4.00", "EUR")),
                        "re_2", ourRefund(12, RefundStatus.SUCCEEDED, "re_2", Money.of("2.00", "EUR"))));

        assertThat(result.matched()).isEqualTo(1);
        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.AMOUNT_MISMATCH);
        assertThat(finding.refundId()).isEqualTo(12);
        assertThat(finding.paymentId()).isEqualTo(1);
        assertThat(finding.ours()).isEqualTo(Money.of("2.00", "EUR"));
        assertThat(finding.theirs()).isEqualTo(Money.of("3.00", "EUR"));
    }

    @Test
    void aRefundNoRefundHereNamesIsMissingHereWithThePaymentOfItsCharge() {
        Result known = Comparison.providerRecords(
                List.of(refund("re_1", "ch_1", TEN)),
                Map.of("ch_1", payment(1, PaymentStatus.SUCCEEDED, "ch_1", TEN)),
                Map.of(),
                Map.of());
        Result unknown = Comparison.providerRecords(List.of(refund("re_2", "ch_x", TEN)), Map.of(), Map.of(), Map.of());

        assertThat(only(known).kind()).isEqualTo(DifferenceKind.REFUND_MISSING_HERE);
        assertThat(only(known).paymentId()).isEqualTo(1);
        assertThat(only(known).refundId()).isNull();
        assertThat(only(known).theirs()).isEqualTo(TEN);
        assertThat(only(unknown).kind()).isEqualTo(DifferenceKind.REFUND_MISSING_HERE);
        assertThat(only(unknown).paymentId()).isNull();
        assertThat(only(unknown).detail()).contains("ch_x");
    }

    @Test
    void aRefundThatFailedHereButWentThroughAtTheProviderIsMissingHere() {
        Result result = Comparison.providerRecords(
                List.of(refund("re_1", "ch_1", TEN)),
                Map.of(),
                Map.of(),
                Map.of("re_1", ourRefund(11, RefundStatus.FAILED, "re_1", TEN)));

        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.REFUND_MISSING_HERE);
        assertThat(finding.refundId()).isEqualTo(11);
        assertThat(finding.detail()).contains("FAILED");
    }

    @Test
    void aPaidPaymentTheProviderHasNoChargeForIsMissingAtTheProvider() {
        Result result = Comparison.ourPayments(
                List.of(
                        payment(1, PaymentStatus.SUCCEEDED, "ch_1", TEN),
                        payment(2, PaymentStatus.REFUNDED, "ch_gone", TEN),
                        payment(3, PaymentStatus.SUCCEEDED, null, TEN)),
                Set.of("ch_1"),
                Set.of(),
                NOON,
                Set.of());

        assertThat(result.findings()).extracting(Finding::paymentId).containsExactly(2L, 3L);
        assertThat(result.findings()).allSatisfy(finding -> {
            assertThat(finding.kind()).isEqualTo(DifferenceKind.CHARGE_MISSING_AT_PROVIDER);
            assertThat(finding.action()).isEqualTo(Action.REPORT);
            assertThat(finding.ours()).isEqualTo(TEN);
            assertThat(finding.theirs()).isNull();
        });
    }

    @Test
    void attemptsThatNeverGotAnAnswerAreIgnoredUntilTheyAreOld() {
        Result result = againstNoCharges(
                payment(1, PaymentStatus.PENDING, null, TEN, NOON.minusSeconds(1)),
                payment(2, PaymentStatus.PENDING, null, TEN, NOON),
                payment(3, PaymentStatus.PENDING, null, TEN, NOON.plusSeconds(60)));

        Finding finding = only(result);
        assertThat(finding.paymentId()).isEqualTo(1);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.STALE_PENDING);
        assertThat(finding.action()).isEqualTo(Action.ABANDON);
    }

    @Test
    void anOldPendingAttemptTheProviderChargedIsNotStale() {
        Result result = Comparison.ourPayments(
                List.of(payment(1, PaymentStatus.PENDING, "ch_1", TEN, AN_HOUR_BEFORE)),
                Set.of("ch_1"),
                Set.of(),
                NOON,
                Set.of());

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anOldPendingAttemptIsLeftPendingWhenTheProviderHasAnUnclaimedChargeOfItsAmount() {
        Result result = Comparison.ourPayments(
                List.of(
                        payment(1, PaymentStatus.PENDING, null, TEN, AN_HOUR_BEFORE),
                        payment(2, PaymentStatus.PENDING, null, Money.of("10.00", "USD"), AN_HOUR_BEFORE)),
                Set.of(),
                Set.of(),
                NOON,
                Set.of(TEN));

        assertThat(result.findings()).extracting(Finding::action).containsExactly(Action.LEAVE_PENDING, Action.ABANDON);
        assertThat(result.findings()).extracting(Finding::kind).containsOnly(DifferenceKind.STALE_PENDING);
    }

    @Test
    void otherAttemptsOfOursAreNotTheProvidersConcern() {
        Result result = againstNoCharges(
                payment(1, PaymentStatus.DECLINED, "ch_1", TEN, AN_HOUR_BEFORE),
                payment(2, PaymentStatus.ABANDONED, null, TEN, AN_HOUR_BEFORE),
                payment(3, PaymentStatus.REQUIRES_ACTION, "ch_3", TEN, AN_HOUR_BEFORE));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aRefundThatWentThroughHereAndIsNotAtTheProviderIsMissingThere() {
        Result result = Comparison.ourRefunds(
                List.of(
                        ourRefund(11, RefundStatus.SUCCEEDED, "re_1", TEN),
                        ourRefund(12, RefundStatus.SUCCEEDED, "re_gone", TEN),
                        ourRefund(13, RefundStatus.FAILED, "re_3", TEN),
                        ourRefund(14, RefundStatus.PENDING, null, TEN)),
                Set.of("re_1"));

        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.REFUND_MISSING_AT_PROVIDER);
        assertThat(finding.refundId()).isEqualTo(12);
        assertThat(finding.paymentId()).isEqualTo(1);
        assertThat(finding.ours()).isEqualTo(TEN);
    }

    @Test
    void aChargeWhoseIdNoPaymentHasIsMatchedByOurReferenceToTheAttemptThatNeverGotItsAnswer() {
        for (PaymentStatus status : List.of(PaymentStatus.PENDING, PaymentStatus.ABANDONED)) {
            Result result = byOurReference(charge("ch_5", "payment-7", TEN), payment(7, status, null, TEN));

            Finding finding = only(result);
            assertThat(finding.kind()).as(status.name()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
            assertThat(finding.action()).as(status.name()).isEqualTo(Action.SETTLE_CHARGE);
            assertThat(finding.paymentId()).isEqualTo(7);
            assertThat(finding.bookingId()).isEqualTo(1007);
            assertThat(finding.providerReference())
                    .as("settling gives the payment the charge's id")
                    .isEqualTo("ch_5");
            assertThat(finding.ours()).isEqualTo(TEN);
            assertThat(finding.theirs()).isEqualTo(TEN);
            assertThat(finding.detail()).contains(status.name(), "payment-7");
        }
    }

    @Test
    void aChargeFoundByOurReferenceForAnotherAmountIsReportedNotSettled() {
        Result result = byOurReference(
                charge("ch_5", "payment-7", Money.of("12.00", "EUR")), payment(7, PaymentStatus.PENDING, null, TEN));

        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
        assertThat(finding.action()).isEqualTo(Action.REPORT);
        assertThat(finding.paymentId()).isEqualTo(7);
        assertThat(finding.providerReference()).isEqualTo("ch_5");
        assertThat(finding.ours()).isEqualTo(TEN);
        assertThat(finding.theirs()).isEqualTo(Money.of("12.00", "EUR"));
        assertThat(finding.detail()).contains("another amount", "payment-7");
    }

    @Test
    void aChargeFoundByOurReferenceOfAPaidPaymentForAnotherAmountMismatches() {
        Result result = byOurReference(
                charge("ch_5", "payment-7", Money.of("10.00", "USD")), payment(7, PaymentStatus.SUCCEEDED, null, TEN));

        assertThat(result.matched()).isZero();
        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.AMOUNT_MISMATCH);
        assertThat(finding.action()).isEqualTo(Action.REPORT);
        assertThat(finding.paymentId()).isEqualTo(7);
        assertThat(finding.ours()).isEqualTo(TEN);
        assertThat(finding.theirs()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(finding.detail()).contains("payment-7");
    }

    @Test
    void aPaidPaymentWithoutTheChargesIdMatchesTheChargeOfItsReference() {
        Result result =
                byOurReference(charge("ch_5", "payment-7", TEN), payment(7, PaymentStatus.SUCCEEDED, null, TEN));

        assertThat(result.findings()).isEmpty();
        assertThat(result.matched()).isEqualTo(1);
    }

    @Test
    void aChargeOfOurReferenceWhosePaymentHasAnotherChargeIsReportedWithThatPayment() {
        Result result =
                byOurReference(charge("ch_5", "payment-7", TEN), payment(7, PaymentStatus.PENDING, "ch_other", TEN));

        Finding finding = only(result);
        assertThat(finding.kind()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
        assertThat(finding.action()).isEqualTo(Action.REPORT);
        assertThat(finding.paymentId()).isEqualTo(7);
        assertThat(finding.providerReference()).isEqualTo("ch_5");
        assertThat(finding.detail()).contains("payment-7", "ch_other");
    }

    @Test
    void theChargesIdDecidesBeforeOurReference() {
        Result result = Comparison.providerRecords(
                List.of(charge("ch_1", "payment-8", TEN)),
                Map.of("ch_1", payment(1, PaymentStatus.SUCCEEDED, "ch_1", TEN)),
                Map.of("payment-8", payment(8, PaymentStatus.PENDING, null, TEN)),
                Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.matched()).isEqualTo(1);
    }

    @Test
    void aChargeWhoseIdAndReferenceAreBothUnknownHereIsMissingHereAndOnlyReported() {
        Result unknownReference = byOurReference(charge("ch_9", "payment-999", TEN), null);
        Result noReference = Comparison.providerRecords(
                List.of(charge("ch_8", TEN)),
                Map.of(),
                Map.of("payment-8", payment(8, PaymentStatus.PENDING, null, TEN)),
                Map.of());

        for (Result result : List.of(unknownReference, noReference)) {
            assertThat(result.matched()).isZero();
            Finding finding = only(result);
            assertThat(finding.kind()).isEqualTo(DifferenceKind.CHARGE_MISSING_HERE);
            assertThat(finding.action()).isEqualTo(Action.REPORT);
            assertThat(finding.paymentId()).isNull();
            assertThat(finding.ours()).isNull();
            assertThat(finding.theirs()).isEqualTo(TEN);
        }
    }

    @Test
    void aPaymentWithoutTheChargesIdIsChargedWhenAChargeCarriesItsReference() {
        Result result = Comparison.ourPayments(
                List.of(
                        payment(1, PaymentStatus.PENDING, null, TEN, AN_HOUR_BEFORE),
                        payment(2, PaymentStatus.SUCCEEDED, null, TEN),
                        payment(3, PaymentStatus.SUCCEEDED, "ch_gone", TEN),
                        payment(4, PaymentStatus.PENDING, null, TEN, AN_HOUR_BEFORE)),
                Set.of(),
                Set.of("payment-1", "payment-2", "payment-3"),
                NOON,
                Set.of());

        assertThat(result.findings())
                .as("a payment that has the charge's id is matched by that id only")
                .extracting(Finding::paymentId, Finding::kind)
                .containsExactly(
                        Tuple.tuple(3L, DifferenceKind.CHARGE_MISSING_AT_PROVIDER),
                        Tuple.tuple(4L, DifferenceKind.STALE_PENDING));
    }

    @Test
    void everyRecordIsEitherMatchedOrAFinding() {
        Result result = Comparison.providerRecords(
                List.of(
                        charge("ch_1", TEN),
                        charge("ch_2", TEN),
                        charge("ch_3", TEN),
                        refund("re_1", "ch_1", TEN),
                        refund("re_2", "ch_1", TEN)),
                Map.of(
                        "ch_1", payment(1, PaymentStatus.REFUNDED, "ch_1", TEN),
                        "ch_2", payment(2, PaymentStatus.ABANDONED, "ch_2", TEN)),
                Map.of(),
                Map.of("re_1", ourRefund(11, RefundStatus.SUCCEEDED, "re_1", TEN)));

        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.findings())
                .extracting(Finding::kind)
                .containsExactly(
                        DifferenceKind.CHARGE_MISSING_HERE,
                        DifferenceKind.CHARGE_MISSING_HERE,
                        DifferenceKind.REFUND_MISSING_HERE);
        assertThat(result.findings())
                .extracting(Finding::action)
                .containsExactly(Action.SETTLE_CHARGE, Action.REPORT, Action.REPORT);
    }

    /** One charge of the provider against our payment that carries its reference. */
    private static Result chargeAgainst(ProviderRecord charge, OurPayment payment) {
        return Comparison.providerRecords(
                List.of(charge), Map.of(charge.providerReference(), payment), Map.of(), Map.of());
    }

    /** One charge of the provider against our payment of the reference it carries (none: null). */
    private static Result byOurReference(ProviderRecord charge, OurPayment payment) {
        return Comparison.providerRecords(
                List.of(charge), Map.of(), payment == null ? Map.of() : Map.of(charge.reference(), payment), Map.of());
    }

    /** Our payments at {@link #NOON}, when the provider has no charge of theirs nor one unclaimed. */
    private static Result againstNoCharges(OurPayment... payments) {
        return Comparison.ourPayments(List.of(payments), Set.of(), Set.of(), NOON, Set.of());
    }

    private static Finding only(Result result) {
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    private static ProviderRecord charge(String reference, Money amount) {
        return charge(reference, null, amount);
    }

    /** A charge of the provider that carries our reference of an attempt. */
    private static ProviderRecord charge(String providerReference, String ours, Money amount) {
        return new ProviderRecord(RecordKind.CHARGE, providerReference, providerReference, ours, amount, null, NOON);
    }

    private static ProviderRecord refund(String reference, String charge, Money amount) {
        return new ProviderRecord(RecordKind.REFUND, reference, charge, null, amount, null, NOON);
    }

    private static OurPayment payment(long id, PaymentStatus status, String reference, Money amount) {
        return payment(id, status, reference, amount, NOON.minusSeconds(60));
    }

    private static OurPayment payment(
            long id, PaymentStatus status, String reference, Money amount, Instant createdAt) {
        return new OurPayment(id, 1000 + id, status, "payment-" + id, reference, amount, createdAt);
    }

    private static OurRefund ourRefund(long id, RefundStatus status, String reference, Money amount) {
        return new OurRefund(id, 1, 1001, status, reference, amount);
    }
}
