package org.boxoffice.testprovider.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.testprovider.entity.TestProviderRefusal.Reason;

/**
 * A charge at the test provider, decided by {@link TestRules}: what it charged, for what, how it
 * stands and how much of it was refunded. It holds no card number.
 */
@Entity
@Table(name = "test_provider_charge")
@NamedQuery(name = TestCharge.BY_KEY, query = "select c from TestCharge c where c.idempotencyKey = :key")
@NamedQuery(
        name = TestCharge.DESCRIBED,
        query = "select c from TestCharge c where c.description = :description order by c.createdAt, c.id")
@NamedQuery(
        name = TestCharge.CREATED,
        query = "select c from TestCharge c where c.createdAt >= :from and c.createdAt < :to"
                + " and (c.createdAt > :afterAt or (c.createdAt = :afterAt and c.id > :afterId))"
                + " order by c.createdAt, c.id")
public class TestCharge {

    public static final String BY_KEY = "TestCharge.byKey";
    public static final String DESCRIBED = "TestCharge.described";
    public static final String CREATED = "TestCharge.created";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Column(nullable = false, length = 200)
    private String reference;

    @Column(nullable = false, length = 8)
    private String method;

    @Embedded
    private Money amount;

    @Column(nullable = false, length = 500)
    private String description;

    @Convert(converter = ChargeStatusConverter.class)
    @Column(nullable = false, length = 20)
    private ChargeStatus status;

    @Column(name = "decline_code", length = 40)
    private String declineCode;

    @Column(length = 20)
    private String challenge;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal refunded;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TestCharge() {}

    /**
     * A new charge as the rules decide it.
     *
     * @param key the request's idempotency key
     * @param reference the caller's reference of the charge, carried back in webhooks (the key
     *     when the caller gives none)
     */
    public TestCharge(
            String key,
            String reference,
            String method,
            Money amount,
            String description,
            TestRules.Decision decision,
            OffsetDateTime now) {
        this.id = newId("ch_");
        this.idempotencyKey = key;
        this.reference = reference;
        this.method = method;
        this.amount = amount;
        this.description = description;
        this.status = decision.status();
        this.declineCode = decision.declineCode();
        this.challenge = decision.challenge();
        this.refunded = BigDecimal.ZERO.setScale(amount.amount().scale());
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * The customer's answer to the charge's challenge; a charge that waits for none stays as it
     * is (a repeated answer changes nothing).
     *
     * @return whether the charge changed
     */
    public boolean complete(String answer) {
        if (status != ChargeStatus.REQUIRES_ACTION) {
            return false;
        }
        TestRules.Decision decision = TestRules.answer(challenge, answer);
        status = decision.status();
        declineCode = decision.declineCode();
        challenge = null;
        return true;
    }

    /**
     * Gives back part or all of what is left of a succeeded charge.
     *
     * @param wanted what to give back; null for all that is left
     * @throws TestProviderRefusal when the charge has not succeeded or is refunded in full, when
     *     the currency is not the charge's, or when the refunds would sum to more than the charge
     */
    public TestRefund refund(Money wanted, String key, OffsetDateTime now) {
        if (!status.charged()) {
            throw new TestProviderRefusal(Reason.NOT_REFUNDABLE, "charge " + id + " is " + status.wireName());
        }
        BigDecimal left = amount.amount().subtract(refunded);
        if (left.signum() == 0) {
            throw new TestProviderRefusal(Reason.AMOUNT_TOO_LARGE, "charge " + id + " is refunded in full");
        }
        Money refund = wanted == null ? Money.of(left, amount.currency()) : wanted;
        if (!refund.currency().equals(amount.currency())) {
            throw new TestProviderRefusal(
                    Reason.CURRENCY_MISMATCH,
                    "charge " + id + " is in " + amount.currency().getCurrencyCode());
        }
        if (refund.amount().compareTo(left) > 0) {
            throw new TestProviderRefusal(
                    Reason.AMOUNT_TOO_LARGE,
                    "refund of " + refund.amount().toPlainString() + " is more than the " + left.toPlainString()
                            + " left of charge " + id);
        }
        refunded = refunded.add(refund.amount());
        status = refunded.compareTo(amount.amount()) == 0 ? ChargeStatus.REFUNDED : ChargeStatus.PARTIALLY_REFUNDED;
        return new TestRefund(this, key, refund, now);
    }

    /** The charge as webhook events carry it, in Stripe's manner ({@code data.object}). */
    public JsonObject eventObject() {
        JsonObjectBuilder object = Json.createObjectBuilder()
                .add("id", id)
                .add("object", "charge")
                .add("status", status.wireName())
                .add("amount", amount.amount().toPlainString())
                .add("currency", amount.currency().getCurrencyCode())
                .add("reference", reference);
        if (declineCode != null) {
            object.add("decline_code", declineCode);
        }
        return object.build();
    }

    public String id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String reference() {
        return reference;
    }

    public String method() {
        return method;
    }

    public Money amount() {
        return amount;
    }

    public String description() {
        return description;
    }

    public ChargeStatus status() {
        return status;
    }

    public String declineCode() {
        return declineCode;
    }

    public String challenge() {
        return challenge;
    }

    public Money refunded() {
        return Money.of(refunded, amount.currency());
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
