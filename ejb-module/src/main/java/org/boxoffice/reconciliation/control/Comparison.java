package org.boxoffice.reconciliation.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.payment.control.PaymentGateway.RecordKind;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.reconciliation.entity.DifferenceKind;

/**
 * The rules of the reconciliation: our payments and refunds against the provider's records, and
 * what differs. Charges and refunds are matched by the provider's id of them (the provider
 * reference our rows keep); a charge whose id no payment here keeps is matched by our reference of
 * the attempt, which the provider keeps with it, to a payment that never learnt the provider's id
 * (the platform died, or the answer was lost, after the provider charged). Amounts are compared
 * with their currencies and never added.
 *
 * <p>Each side is compared with the other in its own pass, so that both can be read a part at a
 * time: {@link #providerRecords} takes the provider's records of the day with our rows that have
 * their references, and finds what is missing here and what differs in amount; {@link
 * #ourPayments} and {@link #ourRefunds} take our rows of the day with the references the provider
 * has around it, and find what is missing at the provider and what has waited too long.
 */
public final class Comparison {

    private Comparison() {}

    /**
     * A payment of ours, as the comparison needs it.
     *
     * @param reference our reference of the attempt at the provider ({@code payment-123})
     * @param providerReference the provider's id of its charge; null while the provider's answer
     *     has not arrived
     */
    public record OurPayment(
            long id,
            long bookingId,
            PaymentStatus status,
            String reference,
            String providerReference,
            Money amount,
            Instant createdAt) {}

    /** A refund of ours, as the comparison needs it. */
    public record OurRefund(
            long id, long paymentId, long bookingId, RefundStatus status, String providerReference, Money amount) {}

    /** What is to be done about a finding. */
    public enum Action {
        /** Nothing: it is reported. */
        REPORT,
        /**
         * The provider charged for an attempt of ours that is open or was given up: the booking
         * component settles it as the provider's webhook would (it confirms the booking or gives
         * the money back).
         */
        SETTLE_CHARGE,
        /** An attempt pending for long that the provider did not charge: it is given up. */
        ABANDON,
        /**
         * An attempt pending for long is left pending: the provider has a charge of the same
         * amount that no payment here names, which may be this attempt's.
         */
        LEAVE_PENDING
    }

    /**
     * One difference.
     *
     * @param ours our amount, null when we have no row
     * @param theirs the provider's amount, null when the provider has no record
     * @param detail what a reader needs to know besides the kind, in English; null for nothing
     */
    public record Finding(
            DifferenceKind kind,
            Long paymentId,
            Long refundId,
            Long bookingId,
            String providerReference,
            Money ours,
            Money theirs,
            Action action,
            String detail) {}

    /** The findings of a part of the comparison, and how many records in it matched. */
    public record Result(List<Finding> findings, int matched) {

        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * The provider's records of the day against our payments and refunds that have their
     * references.
     *
     * @param payments our payments by their provider reference: those of the charges, and those
     *     of the charges the refunds belong to
     * @param byReference our payments by our reference, of the charges whose provider reference
     *     no payment here has
     * @param refunds our refunds by their provider reference
     */
    public static Result providerRecords(
            Collection<ProviderRecord> records,
            Map<String, OurPayment> payments,
            Map<String, OurPayment> byReference,
            Map<String, OurRefund> refunds) {
        List<Finding> findings = new ArrayList<>();
        int matched = 0;
        for (ProviderRecord record : records) {
            Finding finding = record.kind() == RecordKind.CHARGE
                    ? charge(record, payments, byReference)
                    : refund(record, refunds.get(record.providerReference()), payments.get(record.chargeReference()));
            if (finding == null) {
                matched++;
            } else {
                findings.add(finding);
            }
        }
        return new Result(findings, matched);
    }

    /**
     * A charge against the payment that has its provider reference, else against the payment of
     * our reference that has none: the attempt whose answer never arrived. A payment of our
     * reference that has another charge's reference is not this charge's: that is reported.
     */
    private static Finding charge(
            ProviderRecord record, Map<String, OurPayment> payments, Map<String, OurPayment> byReference) {
        OurPayment payment = payments.get(record.providerReference());
        if (payment != null) {
            return charge(record, payment, "");
        }
        OurPayment ours = record.reference() == null ? null : byReference.get(record.reference());
        if (ours == null) {
            return charge(record, null, "");
        }
        if (ours.providerReference() == null) {
            return charge(record, ours, "; found by our reference " + ours.reference() + ", without the charge's id");
        }
        return new Finding(
                DifferenceKind.CHARGE_MISSING_HERE,
                ours.id(),
                null,
                ours.bookingId(),
                record.providerReference(),
                ours.amount(),
                record.amount(),
                Action.REPORT,
                "the charge carries our reference " + ours.reference() + ", whose payment is " + ours.status()
                        + " with another charge, " + ours.providerReference());
    }

    /** @param how how the payment was found, for the detail: empty when by the charge's id */
    private static Finding charge(ProviderRecord record, OurPayment payment, String how) {
        if (payment == null) {
            return new Finding(
                    DifferenceKind.CHARGE_MISSING_HERE,
                    null,
                    null,
                    null,
                    record.providerReference(),
                    null,
                    record.amount(),
                    Action.REPORT,
                    "no payment here has this charge");
        }
        if (payment.status().isPaid()) {
            return payment.amount().equals(record.amount())
                    ? null
                    : new Finding(
                            DifferenceKind.AMOUNT_MISMATCH,
                            payment.id(),
                            null,
                            payment.bookingId(),
                            record.providerReference(),
                            payment.amount(),
                            record.amount(),
                            Action.REPORT,
                            "the charge's amounts differ" + how);
        }
        boolean sameAmount = payment.amount().equals(record.amount());
        return new Finding(
                DifferenceKind.CHARGE_MISSING_HERE,
                payment.id(),
                null,
                payment.bookingId(),
                record.providerReference(),
                payment.amount(),
                record.amount(),
                sameAmount ? Action.SETTLE_CHARGE : Action.REPORT,
                "our payment is " + payment.status() + (sameAmount ? "" : ", for another amount: not settled") + how);
    }

    private static Finding refund(ProviderRecord record, OurRefund refund, OurPayment payment) {
        if (refund == null) {
            return new Finding(
                    DifferenceKind.REFUND_MISSING_HERE,
                    payment == null ? null : payment.id(),
                    null,
                    payment == null ? null : payment.bookingId(),
                    record.providerReference(),
                    null,
                    record.amount(),
                    Action.REPORT,
                    payment == null
                            ? "no refund here has this refund, and no payment its charge " + record.chargeReference()
                            : "no refund here has this refund of the payment's charge");
        }
        if (refund.status() != RefundStatus.SUCCEEDED) {
            return new Finding(
                    DifferenceKind.REFUND_MISSING_HERE,
                    refund.paymentId(),
                    refund.id(),
                    refund.bookingId(),
                    record.providerReference(),
                    refund.amount(),
                    record.amount(),
                    Action.REPORT,
                    "our refund is " + refund.status());
        }
        return refund.amount().equals(record.amount())
                ? null
                : new Finding(
                        DifferenceKind.AMOUNT_MISMATCH,
                        refund.paymentId(),
                        refund.id(),
                        refund.bookingId(),
                        record.providerReference(),
                        refund.amount(),
                        record.amount(),
                        Action.REPORT,
                        "the refund's amounts differ");
    }

    /**
     * Our payments of the day against the charges the provider has around it: a paid payment
     * whose charge the provider does not have, and attempts pending since before {@code
     * pendingBefore} that the provider did not charge. A payment without the provider's id of its
     * charge counts as charged when a charge carries its reference.
     *
     * @param providerCharges the provider's references of its charges of the day and around it
     * @param chargedReferences our references that the provider's charges of the day and around it
     *     carry
     * @param unclaimedCharges the amounts of the provider's charges of the day that no payment here
     *     names: a pending attempt of such an amount is left pending, as the charge may be its own
     */
    public static Result ourPayments(
            Collection<OurPayment> payments,
            Set<String> providerCharges,
            Set<String> chargedReferences,
            Instant pendingBefore,
            Set<Money> unclaimedCharges) {
        List<Finding> findings = new ArrayList<>();
        for (OurPayment payment : payments) {
            boolean charged = payment.providerReference() == null
                    ? chargedReferences.contains(payment.reference())
                    : providerCharges.contains(payment.providerReference());
            if (payment.status().isPaid() && !charged) {
                findings.add(new Finding(
                        DifferenceKind.CHARGE_MISSING_AT_PROVIDER,
                        payment.id(),
                        null,
                        payment.bookingId(),
                        payment.providerReference(),
                        payment.amount(),
                        null,
                        Action.REPORT,
                        "our payment is " + payment.status()));
            } else if (payment.status() == PaymentStatus.PENDING
                    && payment.createdAt().isBefore(pendingBefore)
                    && !charged) {
                boolean maybeCharged = unclaimedCharges.contains(payment.amount());
                findings.add(new Finding(
                        DifferenceKind.STALE_PENDING,
                        payment.id(),
                        null,
                        payment.bookingId(),
                        payment.providerReference(),
                        payment.amount(),
                        null,
                        maybeCharged ? Action.LEAVE_PENDING : Action.ABANDON,
                        maybeCharged
                                ? "pending since " + payment.createdAt()
                                        + "; the provider has a charge of this amount that no payment here names"
                                : "pending since " + payment.createdAt()));
            }
        }
        return new Result(findings, 0);
    }

    /**
     * Our refunds of the day against the refunds the provider has around it: a refund that went
     * through here and that the provider does not have.
     *
     * @param providerRefunds the provider's references of its refunds of the day and around it
     */
    public static Result ourRefunds(Collection<OurRefund> refunds, Set<String> providerRefunds) {
        List<Finding> findings = new ArrayList<>();
        for (OurRefund refund : refunds) {
            if (refund.status() == RefundStatus.SUCCEEDED
                    && (refund.providerReference() == null || !providerRefunds.contains(refund.providerReference()))) {
                findings.add(new Finding(
                        DifferenceKind.REFUND_MISSING_AT_PROVIDER,
                        refund.paymentId(),
                        refund.id(),
                        refund.bookingId(),
                        refund.providerReference(),
                        refund.amount(),
                        null,
                        Action.REPORT,
                        null));
            }
        }
        return new Result(findings, 0);
    }
}
