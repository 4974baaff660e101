package org.boxoffice.testprovider.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.boxoffice.platform.control.Database;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.testprovider.entity.ChargeStatus;
import org.boxoffice.testprovider.entity.TestCharge;
import org.boxoffice.testprovider.entity.TestProviderRefusal;
import org.boxoffice.testprovider.entity.TestProviderRefusal.Reason;
import org.boxoffice.testprovider.entity.TestRefund;
import org.boxoffice.testprovider.entity.TestRules;
import org.boxoffice.testprovider.entity.WebhookEvent;

/**
 * The test provider's book: charges decided by {@link TestRules}, their challenges, partial and full
 * refunds, and the lists a reconciliation reads. Every change writes its webhook event in the same
 * transaction. A request repeated with the same idempotency key answers with what the first made,
 * also when both arrive at once: the key's unique constraint stops the second, which then reads the
 * first's answer in a transaction of its own.
 */
@Stateless
public class TestProvider {

    /** The most items one page of a list holds. */
    public static final int MAX_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    LockTimeouts lockTimeouts;

    /** What a charge request carries; card numbers go no further than the rules. */
    public record ChargeRequest(
            String key,
            String reference,
            String method,
            Money amount,
            String description,
            String cardNumber,
            String payerEmail,
            String walletToken) {

        /** Without the card number, the payer or the token, should a request ever reach a log. */
        @Override
        public String toString() {
            return "ChargeRequest[key=" + key + ", method=" + method + ", amount=" + amount + "]";
        }
    }

    /** One page of a list, oldest first; {@code hasMore} when a further page follows. */
    public record Page<T>(List<T> items, boolean hasMore) {}

    /** A second request with a key that a concurrent one took first; rolls its transaction back. */
    @ApplicationException(rollback = true)
    public static class KeyTaken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeyTaken(Throwable cause) {
            super("idempotency key taken meanwhile", cause);
        }
    }

    /**
     * A new charge, decided by the test rules, or the one made before with the same key.
     *
     * @throws TestProviderRefusal PROCESSING_ERROR for the test card of a provider failure
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TestCharge charge(ChargeRequest request) {
        TestProvider self = context.getBusinessObject(TestProvider.class);
        try {
            return self.newCharge(request);
        } catch (KeyTaken taken) {
            return self.chargeOfKey(request.key()).orElseThrow(() -> taken);
        }
    }

    /** The charge part of {@link #charge}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TestCharge newCharge(ChargeRequest request) {
        Optional<TestCharge> earlier = chargeOfKey(request.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if ("CARD".equals(request.method()) && TestRules.FAILING_CARD.equals(request.cardNumber())) {
            throw new TestProviderRefusal(Reason.PROCESSING_ERROR, "the test card for a provider failure");
        }
        OffsetDateTime now = now();
        TestCharge charge = new TestCharge(
                request.key(),
                request.reference() == null || request.reference().isBlank() ? request.key() : request.reference(),
                request.method(),
                request.amount(),
                request.description(),
                TestRules.decide(request.method(), request.cardNumber(), request.payerEmail(), request.walletToken()),
                now);
        em.persist(charge);
        flushOrKeyTaken();
        if (charge.status() != ChargeStatus.REQUIRES_ACTION) {
            em.persist(WebhookEvent.of(charge, now));
        }
        return charge;
    }

    /** The charge made with this idempotency key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<TestCharge> chargeOfKey(String key) {
        return em.createNamedQuery(TestCharge.BY_KEY, TestCharge.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * The customer's answer to a charge's challenge; a repeated answer changes nothing.
     *
     * @throws TestProviderRefusal NO_SUCH_CHARGE for an unknown charge
     */
    public TestCharge complete(String chargeId, String answer) {
        TestCharge charge = locked(chargeId);
        if (charge.complete(answer)) {
            em.persist(WebhookEvent.of(charge, now()));
        }
        return charge;
    }

    /**
     * Refunds part or all of what is left of a succeeded charge, or answers with the refund made
     * before with the same key.
     *
     * @param amount what to give back; null for all that is left
     * @throws TestProviderRefusal NO_SUCH_CHARGE, NOT_REFUNDABLE, CURRENCY_MISMATCH,
     *     AMOUNT_TOO_LARGE (the refunds would sum to more than the charge), IDEMPOTENCY_KEY_IN_USE
     *     (the key made a refund of another charge)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TestRefund refund(String chargeId, Money amount, String key) {
        TestProvider self = context.getBusinessObject(TestProvider.class);
        try {
            return self.newRefund(chargeId, amount, key);
        } catch (KeyTaken taken) {
            return self.refundOfKey(key)
                    .map(earlier -> sameCharge(earlier, chargeId))
                    .orElseThrow(() -> taken);
        }
    }

    /** The refund part of {@link #refund}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TestRefund newRefund(String chargeId, Money amount, String key) {
        Optional<TestRefund> earlier = refundOfKey(key);
        if (earlier.isPresent()) {
            return sameCharge(earlier.get(), chargeId);
        }
        // refunds of one charge queue on its row: what is left is read after the one before committed
        TestCharge charge = locked(chargeId);
        earlier = refundOfKey(key);
        if (earlier.isPresent()) {
            return sameCharge(earlier.get(), chargeId);
        }
        OffsetDateTime now = now();
        TestRefund refund = charge.refund(amount, key, now);
        em.persist(refund);
        flushOrKeyTaken();
        em.persist(WebhookEvent.of(refund, charge, now));
        return refund;
    }

    /** The refund made with this idempotency key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<TestRefund> refundOfKey(String key) {
        return em.createNamedQuery(TestRefund.BY_KEY, TestRefund.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The charge with this id, as it stands. */
    public Optional<TestCharge> findCharge(String chargeId) {
        return Optional.ofNullable(em.find(TestCharge.class, chargeId));
    }

    /** The charges with this description, oldest first (at most {@link #MAX_PAGE}). */
    public List<TestCharge> described(String description) {
        return em.createNamedQuery(TestCharge.DESCRIBED, TestCharge.class)
                .setParameter("description", description)
                .setMaxResults(MAX_PAGE)
                .getResultList();
    }

    /**
     * The charges made from {@code from} (inclusive) to {@code to} (exclusive), oldest first, after
     * the charge {@code startingAfter} (null: from the first).
     *
     * @throws TestProviderRefusal INVALID_REQUEST when {@code startingAfter} names no charge
     */
    public Page<TestCharge> charges(Instant from, Instant to, String startingAfter, int limit) {
        return created(
                TestCharge.class,
                TestCharge.CREATED,
                from,
                to,
                startingAfter,
                charge -> new Cursor(charge.createdAt(), charge.id()),
                limit);
    }

    /**
     * The refunds made from {@code from} (inclusive) to {@code to} (exclusive), oldest first, after
     * the refund {@code startingAfter} (null: from the first).
     *
     * @throws TestProviderRefusal INVALID_REQUEST when {@code startingAfter} names no refund
     */
    public Page<TestRefund> refunds(Instant from, Instant to, String startingAfter, int limit) {
        return created(
                TestRefund.class,
                TestRefund.CREATED,
                from,
                to,
                startingAfter,
                refund -> new Cursor(refund.createdAt(), refund.id()),
                limit);
    }

    /**
     * A page of the charges or refunds of the named query {@code created}, made from {@code from}
     * to {@code to}, after the one with the id {@code startingAfter} (null: from the first).
     */
    private <T> Page<T> created(
            Class<T> type,
            String created,
            Instant from,
            Instant to,
            String startingAfter,
            Function<T, Cursor> cursorOf,
            int limit) {
        Cursor cursor = startingAfter == null
                ? Cursor.first(from)
                : Optional.ofNullable(em.find(type, startingAfter))
                        .map(cursorOf)
                        .orElseThrow(() -> unknownCursor(startingAfter));
        return page(
                em.createNamedQuery(created, type)
                        .setParameter("from", utc(from))
                        .setParameter("to", utc(to))
                        .setParameter("afterAt", cursor.at())
                        .setParameter("afterId", cursor.id())
                        .setMaxResults(pageSize(limit) + 1)
                        .getResultList(),
                limit);
    }

    /** Where a page starts: after this time and id. */
    private record Cursor(OffsetDateTime at, String id) {

        /** Everything from {@code from} on: every id sorts after the empty one. */
        static Cursor first(Instant from) {
            return new Cursor(utc(from), "");
        }
    }

    private static <T> Page<T> page(List<T> found, int limit) {
        int size = pageSize(limit);
        return found.size() > size ? new Page<>(List.copyOf(found.subList(0, size)), true) : new Page<>(found, false);
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static TestProviderRefusal unknownCursor(String id) {
        return new TestProviderRefusal(Reason.INVALID_REQUEST, "starting_after names nothing: " + id);
    }

    private static TestRefund sameCharge(TestRefund earlier, String chargeId) {
        if (!earlier.chargeId().equals(chargeId)) {
            throw new TestProviderRefusal(
                    Reason.IDEMPOTENCY_KEY_IN_USE, "the idempotency key made a refund of another charge");
        }
        return earlier;
    }

    private TestCharge locked(String chargeId) {
        lockTimeouts.bound(em);
        TestCharge charge = em.find(TestCharge.class, chargeId, LockModeType.PESSIMISTIC_WRITE);
        if (charge == null) {
            throw new TestProviderRefusal(Reason.NO_SUCH_CHARGE, "no such charge: " + chargeId);
        }
        return charge;
    }

    /** Writes now, so that a key taken by a concurrent request shows here and not at the commit. */
    private void flushOrKeyTaken() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new KeyTaken(e);
            }
            throw e;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
