package org.boxoffice.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.payment.boundary.Charges;
import org.boxoffice.payment.boundary.ProviderCharged;
import org.boxoffice.payment.control.PaymentGateway;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.payment.control.PaymentGateway.RecordKind;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.control.JobLocks;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.reconciliation.boundary.ReconciliationException.Reason;
import org.boxoffice.reconciliation.control.Comparison;
import org.boxoffice.reconciliation.control.Comparison.Finding;
import org.boxoffice.reconciliation.control.Comparison.OurPayment;
import org.boxoffice.reconciliation.control.Comparison.OurRefund;
import org.boxoffice.reconciliation.entity.DifferenceKind;
import org.boxoffice.reconciliation.entity.ReconciliationDifference;
import org.boxoffice.reconciliation.entity.ReconciliationRun;
import org.boxoffice.reconciliation.entity.Resolution;
import org.boxoffice.reconciliation.entity.RunStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reconciliation's runs and what they found: runs opened by an admin or the nightly schedule,
 * the rows of ours and the provider's records the batch job compares a part at a time, the
 * differences it records, and the settling of what can be settled. The job itself, and what starts
 * it, are in the batch-jobs module.
 *
 * <p>A day is the span from its start to the next day's start in {@code
 * boxoffice.reconciliation.zone} (UTC). Our payments belong to the day they were begun on, our
 * refunds to the day they went through; the provider's records to the day it made them. The
 * provider's records are read an hour ({@link #MARGIN}) before and after the day, so that a charge
 * whose clock put it just across midnight from our payment still matches; a record in that margin
 * is only matched against, and reported by the run of its own day.
 */
@Stateless
public class Reconciliations {

    /** The name of the batch job, and of its row in {@code job_lock}. */
    public static final String JOB = "payment-reconciliation";

    /** How far before and after the day the provider's records are read, for clocks that differ. */
    public static final Duration MARGIN = Duration.ofHours(1);

    private static final List<PaymentStatus> PAID_OR_PENDING = List.of(
            PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED, PaymentStatus.PENDING);

    private static final List<Resolution> RESOLVED =
            Arrays.stream(Resolution.values()).filter(Resolution::isResolved).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    Charges charges;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    JobLocks locks;

    @Inject
    Event<ProviderCharged> charged;

    @Inject
    @ConfigProperty(name = "boxoffice.reconciliation.zone", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "boxoffice.reconciliation.pending-minutes", defaultValue = "30")
    int pendingMinutes;

    /** The zone the reconciliation's days begin and end in. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /**
     * Opens a run of a day an admin asks for, recorded in the audit trail; the caller starts its
     * job.
     *
     * @param day the day as {@code 2026-12-06}
     * @throws ReconciliationException when the day is not a date or has not begun yet
     */
    public ReconciliationRun open(long adminId, String day, String address) {
        LocalDate date = day(day);
        Account admin = accounts.get(adminId);
        ReconciliationRun run = ReconciliationRun.begin(date, zone(), gateway.provider(), admin.id(), now());
        em.persist(run);
        em.flush();
        audit(admin, Action.RECONCILIATION_STARTED, run, address);
        return run;
    }

    /**
     * Opens the nightly run of a day, unless another instance (or an earlier timer of this one) has
     * claimed that day already.
     *
     * @return the run to start, or empty when the day was claimed before
     */
    public Optional<ReconciliationRun> claimNightly(LocalDate day) {
        if (!locks.claim(em, JOB, day)) {
            return Optional.empty();
        }
        ReconciliationRun run = ReconciliationRun.begin(day, zone(), gateway.provider(), null, now());
        em.persist(run);
        em.flush();
        return Optional.of(run);
    }

    /** The run is done by this batch job execution. */
    public void runBy(long runId, long executionId) {
        get(runId).runBy(executionId);
    }

    /**
     * A failed run an admin restarts, recorded in the audit trail; the caller restarts its job.
     *
     * @throws ReconciliationException when there is no such run, or it has not failed
     */
    public ReconciliationRun restarting(long adminId, long runId, String address) {
        ReconciliationRun run = get(runId);
        if (run.status() != RunStatus.FAILED || run.jobExecutionId() == null) {
            throw new ReconciliationException(Reason.NOT_RESTARTABLE, runId);
        }
        audit(accounts.get(adminId), Action.RECONCILIATION_RESTARTED, run, address);
        return run;
    }

    private void audit(Account admin, Action action, ReconciliationRun run, String address) {
        audit.record(
                admin.id(),
                admin.email(),
                action,
                null,
                "reconciliation " + run.id() + " of " + run.day() + " ("
                        + run.zone().getId() + ")",
                address);
    }

    /** A failed run goes on, by this execution of its job. */
    public void restarted(long runId, long executionId) {
        get(runId).restarted(executionId);
    }

    /** A page of the runs, newest first. */
    public Page<ReconciliationRun> newest(int page, int size) {
        List<ReconciliationRun> items = em.createNamedQuery(ReconciliationRun.NEWEST, ReconciliationRun.class)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(ReconciliationRun.COUNT, Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    public Optional<ReconciliationRun> find(long runId) {
        return Optional.ofNullable(em.find(ReconciliationRun.class, runId));
    }

    /** @throws ReconciliationException when there is no such run */
    public ReconciliationRun get(long runId) {
        return find(runId).orElseThrow(() -> new ReconciliationException(Reason.UNKNOWN, runId));
    }

    /**
     * A page of a run's differences, in the order they were found.
     *
     * @throws ReconciliationException when there is no such run
     */
    public Page<ReconciliationDifference> differences(long runId, int page, int size) {
        get(runId);
        List<ReconciliationDifference> items = em.createNamedQuery(
                        ReconciliationDifference.OF_RUN, ReconciliationDifference.class)
                .setParameter("run", runId)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(ReconciliationDifference.COUNT_OF_RUN, Long.class)
                .setParameter("run", runId)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    // ------------------------------------------------------------------ the job's parts

    /**
     * The provider's records of the run's day and the {@link #MARGIN} around it.
     *
     * @throws org.boxoffice.payment.control.PaymentProviderException when the provider fails
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ProviderRecord> providerRecords(long runId) {
        ReconciliationRun run = get(runId);
        return gateway.records(run.widenedFrom(MARGIN), run.widenedTo(MARGIN));
    }

    /**
     * The provider's records of the day against our payments and refunds that have their
     * references, and against the payments of our references that the provider's charges carry
     * when no payment here has the charge's.
     */
    public Comparison.Result compareProviderRecords(Collection<ProviderRecord> records) {
        Set<String> chargeReferences = new HashSet<>();
        Set<String> refundReferences = new HashSet<>();
        for (ProviderRecord record : records) {
            if (record.kind() == RecordKind.CHARGE) {
                chargeReferences.add(record.providerReference());
            } else {
                refundReferences.add(record.providerReference());
                chargeReferences.add(record.chargeReference());
            }
        }
        chargeReferences.remove(null);
        refundReferences.remove(null);
        Map<String, OurPayment> payments = chargeReferences.isEmpty()
                ? Map.of()
                : em.createQuery(
                                "select p from Payment p where p.provider = :provider"
                                        + " and p.providerReference in :references",
                                Payment.class)
                        .setParameter("provider", gateway.provider())
                        .setParameter("references", chargeReferences)
                        .getResultStream()
                        .collect(Collectors.toMap(Payment::providerReference, Reconciliations::ours, (a, b) -> a));
        Map<String, OurRefund> refunds = refundReferences.isEmpty()
                ? Map.of()
                : em.createQuery("select r from Refund r where r.providerReference in :references", Refund.class)
                        .setParameter("references", refundReferences)
                        .getResultStream()
                        .collect(Collectors.toMap(Refund::providerReference, Reconciliations::ours, (a, b) -> a));
        return Comparison.providerRecords(records, payments, byReference(records, payments.keySet()), refunds);
    }

    /**
     * Our payments with this provider whose references the provider's charges carry, of the
     * charges whose provider reference no payment here has, by our reference.
     */
    private Map<String, OurPayment> byReference(Collection<ProviderRecord> records, Set<String> known) {
        Set<Long> ids = records.stream()
                .filter(record -> record.kind() == RecordKind.CHARGE
                        && (record.providerReference() == null || !known.contains(record.providerReference())))
                .flatMap(record -> Payment.idOf(record.reference()).stream())
                .collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : em.createQuery("select p from Payment p where p.provider = :provider and p.id in :ids", Payment.class)
                        .setParameter("provider", gateway.provider())
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(Payment::reference, Reconciliations::ours));
    }

    /**
     * The run's payments with this provider begun on its day (up to the run's start, for a run of
     * the current day) that are paid or still pending, by id, after {@code afterId}: a part of the
     * day for the job to compare.
     */
    public List<OurPayment> payments(long runId, long afterId, int limit) {
        ReconciliationRun run = get(runId);
        return em.createQuery(
                        "select p from Payment p where p.provider = :provider and p.createdAt >= :from"
                                + " and p.createdAt < :to and p.status in :statuses and p.id > :after order by p.id",
                        Payment.class)
                .setParameter("provider", run.provider())
                .setParameter("from", utc(run.from()))
                .setParameter("to", utc(run.seenUntil()))
                .setParameter("statuses", PAID_OR_PENDING)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultStream()
                .map(Reconciliations::ours)
                .toList();
    }

    /**
     * The amounts of the provider's charges of the run's day that no payment here names, as the
     * run found them comparing the provider's records: a pending attempt of such an amount may be
     * that charge's.
     */
    public Set<Money> unclaimedCharges(long runId) {
        return em.createQuery(
                        "select d from ReconciliationDifference d where d.runId = :run and d.kind = :kind"
                                + " and d.paymentId is null",
                        ReconciliationDifference.class)
                .setParameter("run", runId)
                .setParameter("kind", DifferenceKind.CHARGE_MISSING_HERE)
                .getResultStream()
                .map(ReconciliationDifference::theirs)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Our payments of the run's day against the provider's charges around it; attempts pending
     * for longer than {@code boxoffice.reconciliation.pending-minutes} (30) are stale.
     *
     * @param providerCharges the provider's ids of its charges around the day
     * @param chargedReferences our references that those charges carry
     * @param unclaimedCharges as {@link #unclaimedCharges} found them
     */
    public Comparison.Result compareOurPayments(
            Collection<OurPayment> payments,
            Set<String> providerCharges,
            Set<String> chargedReferences,
            Set<Money> unclaimedCharges) {
        return Comparison.ourPayments(payments, providerCharges, chargedReferences, pendingBefore(), unclaimedCharges);
    }

    /** Attempts begun before this are stale when still pending. */
    private Instant pendingBefore() {
        return Instant.now().minus(Duration.ofMinutes(Math.max(1, pendingMinutes)));
    }

    /**
     * The run's refunds of payments with this provider that went through on its day (up to the
     * run's start, for a run of the current day), by id, after {@code afterId}: a part of the day
     * for the job to compare.
     */
    public List<OurRefund> refunds(long runId, long afterId, int limit) {
        ReconciliationRun run = get(runId);
        return em.createQuery(
                        "select r from Refund r, Payment p where p.id = r.paymentId and p.provider = :provider"
                                + " and r.status = :succeeded and r.changedAt >= :from and r.changedAt < :to"
                                + " and r.id > :after order by r.id",
                        Refund.class)
                .setParameter("provider", run.provider())
                .setParameter("succeeded", RefundStatus.SUCCEEDED)
                .setParameter("from", utc(run.from()))
                .setParameter("to", utc(run.seenUntil()))
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultStream()
                .map(Reconciliations::ours)
                .toList();
    }

    /**
     * Records findings that are reported (or left pending), and the records of a part that
     * matched, in the caller's transaction (the chunk's).
     */
    public void record(long runId, Collection<Finding> findings, int matched) {
        OffsetDateTime now = now();
        for (Finding finding : findings) {
            Resolution resolution =
                    switch (finding.action()) {
                        case LEAVE_PENDING -> Resolution.LEFT_PENDING;
                        case REPORT -> Resolution.REPORTED;
                        case SETTLE_CHARGE, ABANDON ->
                            throw new IllegalArgumentException("settled in a transaction of its own: " + finding);
                    };
            em.persist(difference(runId, finding, resolution, finding.detail(), now));
        }
        get(runId).matched(matched);
    }

    /**
     * Settles a charge the provider took for an attempt of ours that is open or was given up, as
     * the provider's webhook would: the booking component confirms a held booking, or gives the
     * money back when the booking ended or was paid otherwise. In a transaction of its own, with
     * the difference that says what was done.
     *
     * @throws RuntimeException when settling fails (a booking row that stays locked, the provider
     *     failing a refund): nothing is changed, and the caller records the failure
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Resolution settle(long runId, Finding finding) {
        Payment payment = em.find(Payment.class, finding.paymentId());
        Resolution resolution;
        String paidBy = null;
        if (payment == null) {
            resolution = Resolution.RESOLUTION_FAILED;
        } else if (payment.status().isPaid()) {
            // a charge found by our reference may be a second one of the attempt: paid by another
            // charge meanwhile, this one is not settled but left to look into
            boolean byThisCharge = payment.providerReference() == null
                    || payment.providerReference().equals(finding.providerReference());
            resolution = byThisCharge ? Resolution.SETTLED_MEANWHILE : Resolution.REPORTED;
            paidBy = byThisCharge ? null : payment.providerReference();
        } else {
            // the booking component changes the payment in this transaction: this very instance
            charged.fire(new ProviderCharged(payment.id(), payment.bookingId(), finding.providerReference()));
            resolution = payment.status() == PaymentStatus.SUCCEEDED
                    ? Resolution.BOOKING_CONFIRMED
                    : payment.status().isPaid() ? Resolution.MONEY_REFUNDED : Resolution.RESOLUTION_FAILED;
        }
        String detail = finding.detail()
                + (resolution == Resolution.RESOLUTION_FAILED ? "; the booking component did not take the charge" : "")
                + (paidBy == null ? "" : "; the payment was paid meanwhile by another charge, " + paidBy);
        em.persist(difference(runId, finding, resolution, detail, now()));
        return resolution;
    }

    /**
     * Gives up an attempt pending for longer than {@code boxoffice.reconciliation.pending-minutes}
     * that the provider did not charge, in a transaction of its own, with the difference that says so.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Resolution abandon(long runId, Finding finding) {
        boolean abandoned = charges.abandonStale(finding.paymentId(), utc(pendingBefore()));
        Resolution resolution = abandoned ? Resolution.PAYMENT_ABANDONED : Resolution.SETTLED_MEANWHILE;
        em.persist(difference(runId, finding, resolution, finding.detail(), now()));
        return resolution;
    }

    /** Settling a finding failed: it is recorded with the reason, in the caller's transaction. */
    public void settlingFailed(long runId, Finding finding, String why) {
        em.persist(difference(
                runId, finding, Resolution.RESOLUTION_FAILED, finding.detail() + "; settling failed: " + why, now()));
    }

    /** The run went through: its counts are those of its differences. */
    public void complete(long runId) {
        ReconciliationRun run = get(runId);
        run.complete(count(runId), resolvedCount(runId), now());
    }

    /** The run stopped on an error, with its differences so far. Nothing changes for a completed run. */
    public void fail(long runId, String why) {
        find(runId).ifPresent(run -> run.fail(why, count(runId), resolvedCount(runId), now()));
    }

    private int count(long runId) {
        return em.createNamedQuery(ReconciliationDifference.COUNT_OF_RUN, Long.class)
                .setParameter("run", runId)
                .getSingleResult()
                .intValue();
    }

    private int resolvedCount(long runId) {
        return em.createNamedQuery(ReconciliationDifference.RESOLVED_OF_RUN, Long.class)
                .setParameter("run", runId)
                .setParameter("resolved", RESOLVED)
                .getSingleResult()
                .intValue();
    }

    /**
     * The day an admin asks for, checked.
     *
     * @throws ReconciliationException when the text is not a date, or the day has not begun yet
     *     in the reconciliation's zone
     */
    public LocalDate day(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ReconciliationException(Reason.INVALID_DAY, text == null ? "" : text);
        }
        if (day.isAfter(LocalDate.now(zone()))) {
            throw new ReconciliationException(Reason.FUTURE_DAY, day.toString(), zone().getId());
        }
        return day;
    }

    private static ReconciliationDifference difference(
            long runId, Finding finding, Resolution resolution, String detail, OffsetDateTime now) {
        return new ReconciliationDifference(
                runId,
                finding.kind(),
                finding.paymentId(),
                finding.refundId(),
                finding.bookingId(),
                finding.providerReference(),
                finding.ours(),
                finding.theirs(),
                resolution,
                detail,
                now);
    }

    private static OurPayment ours(Payment payment) {
        return new OurPayment(
                payment.id(),
                payment.bookingId(),
                payment.status(),
                payment.reference(),
                payment.providerReference(),
                payment.amount(),
                payment.createdAt().toInstant());
    }

    private static OurRefund ours(Refund refund) {
        return new OurRefund(
                refund.id(),
                refund.paymentId(),
                refund.bookingId(),
                refund.status(),
                refund.providerReference(),
                refund.amount());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
