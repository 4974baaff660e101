package org.boxoffice.testprovider.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A webhook event the test provider owes the platform, written in the transaction of the change it
 * tells of (the outbox), in Stripe's form: {@code {"id":"evt_...","type":"charge.succeeded",
 * "created":<unix seconds>,"data":{"object":{...}}}}. It is sent until the receiver answers 2xx:
 * after a failure again in 1 s, doubling up to 5 minutes, for three days from its creation.
 */
@Entity
@Table(name = "test_provider_webhook")
@NamedQuery(
        name = WebhookEvent.ALL_OF,
        query = "select e from WebhookEvent e where e.eventId in :ids order by e.nextAttemptAt, e.eventId")
public class WebhookEvent {

    public static final String ALL_OF = "WebhookEvent.allOf";

    public static final String CHARGE_SUCCEEDED = "charge.succeeded";
    public static final String CHARGE_FAILED = "charge.failed";
    public static final String REFUND_SUCCEEDED = "refund.succeeded";

    /** The wait after the first failed attempt; it doubles with each further one. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    /** The longest wait between two attempts. */
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    /** How long after its creation an event is still sent. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

    @Id
    @Column(name = "event_id", length = 40)
    private String eventId;

    @Column(nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = 4000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Null once delivered or given up. */
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    /** The HTTP status of the last attempt; null before any, and when no answer came. */
    @Column(name = "last_status")
    private Integer lastStatus;

    protected WebhookEvent() {}

    private WebhookEvent(String type, JsonObject object, OffsetDateTime now) {
        this.eventId = TestCharge.newId("evt_");
        this.type = type;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        this.payload = Json.createObjectBuilder()
                .add("id", eventId)
                .add("object", "event")
                .add("type", type)
                .add("created", createdAt.toEpochSecond())
                .add("data", Json.createObjectBuilder().add("object", object))
                .build()
                .toString();
        this.nextAttemptAt = createdAt;
    }

    /** The event of a charge that succeeded or was declined, now or after its challenge. */
    public static WebhookEvent of(TestCharge charge, OffsetDateTime now) {
        String type =
                switch (charge.status()) {
                    case SUCCEEDED -> CHARGE_SUCCEEDED;
                    case DECLINED -> CHARGE_FAILED;
                    default -> throw new IllegalArgumentException("no event for a charge that is " + charge.status());
                };
        return new WebhookEvent(type, charge.eventObject(), now);
    }

    /** The event of a refund that went through. */
    public static WebhookEvent of(TestRefund refund, TestCharge charge, OffsetDateTime now) {
        return new WebhookEvent(REFUND_SUCCEEDED, refund.eventObject(charge), now);
    }

    /**
     * Taken by one sender for one attempt: no other sender takes it before {@code lease} is over,
     * when it counts as failed without an answer (the sender stopped, say).
     */
    public void claim(OffsetDateTime now, Duration lease) {
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    /** The receiver answered 2xx: sent for good. */
    public void delivered(OffsetDateTime now, int status) {
        deliveredAt = now;
        lastStatus = status;
        nextAttemptAt = null;
    }

    /**
     * The attempt failed (another answer than 2xx, or none: {@code status} null): the next one
     * after the back-off, or none once three days have gone by since the event was made.
     */
    public void failed(OffsetDateTime now, Integer status) {
        lastStatus = status;
        OffsetDateTime next = now.plus(backOff(attempts));
        nextAttemptAt = next.isAfter(createdAt.plus(GIVE_UP_AFTER)) ? null : next;
    }

    /** The wait after {@code attempts} failed attempts: 1 s, 2 s, 4 s ... at most 5 minutes. */
    static Duration backOff(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 20) {
            return LONGEST_RETRY;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }
}
