package org.boxoffice.testprovider.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.boxoffice.platform.entity.Money;

/** A refund of part or all of a test charge, made by {@link TestCharge#refund}. */
@Entity
@Table(name = "test_provider_refund")
@NamedQuery(name = TestRefund.BY_KEY, query = "select r from TestRefund r where r.idempotencyKey = :key")
@NamedQuery(
        name = TestRefund.CREATED,
        query = "select r from TestRefund r where r.createdAt >= :from and r.createdAt < :to"
                + " and (r.createdAt > :afterAt or (r.createdAt = :afterAt and r.id > :afterId))"
                + " order by r.createdAt, r.id")
public class TestRefund {

    public static final String BY_KEY = "TestRefund.byKey";
    public static final String CREATED = "TestRefund.created";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "charge_id", nullable = false, length = 40)
    private String chargeId;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Embedded
    private Money amount;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TestRefund() {}

    TestRefund(TestCharge charge, String key, Money amount, OffsetDateTime now) {
        this.id = TestCharge.newId("re_");
        this.chargeId = charge.id();
        this.idempotencyKey = key;
        this.amount = amount;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The refund as webhook events carry it, in Stripe's manner ({@code data.object}). */
    public JsonObject eventObject(TestCharge charge) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("object", "refund")
                .add("charge", chargeId)
                .add("status", "succeeded")
                .add("amount", amount.amount().toPlainString())
                .add("currency", amount.currency().getCurrencyCode())
                .add("reference", charge.reference())
                .build();
    }

    public String id() {
        return id;
    }

    public String chargeId() {
        return chargeId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Money amount() {
        return amount;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
