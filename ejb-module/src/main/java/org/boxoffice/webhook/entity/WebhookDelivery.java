package org.boxoffice.webhook.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * One event for one subscription, written in the transaction of the change it tells of (the
 * outbox), and sent until its receiver answers 2xx or the retry schedule is over.
 *
 * <p>Who may send it is decided by two counters, each moved by a conditional update: {@code round}
 * counts the times it was handed to the queue (when it is written, by the timer when it is due
 * again, by a replay), and {@code attemptedRound} the last round a sender began. A sender begins a
 * round only while the delivery is PENDING, in that round and that round not yet begun, so that a
 * message the broker hands out twice, or a timer of another instance, never makes a second attempt
 * of the same round. Each hand-over and each attempt moves {@code nextAttemptAt} a lease ahead: if
 * the instance that holds it dies, the delivery is due again when the lease is over.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
        name = WebhookDelivery.OF_SUBSCRIPTION,
        query = "select d from WebhookDelivery d where d.subscriptionId = :subscription"
                + " order by d.createdAt desc, d.id desc")
@NamedQuery(
        name = WebhookDelivery.COUNT_OF_SUBSCRIPTION,
        query = "select count(d) from WebhookDelivery d where d.subscriptionId = :subscription")
@NamedQuery(
        name = WebhookDelivery.DUE,
        query = "select d.id, d.round from WebhookDelivery d where d.state = :pending and d.nextAttemptAt <= :now"
                + " order by d.nextAttemptAt")
@NamedQuery(
        name = WebhookDelivery.HAND_OVER,
        query = "update WebhookDelivery d set d.round = d.round + 1, d.nextAttemptAt = :leaseEnd"
                + " where d.id = :id and d.round = :round and d.state = :pending and d.nextAttemptAt <= :now")
@NamedQuery(
        name = WebhookDelivery.BEGIN,
        query = "update WebhookDelivery d set d.attemptedRound = :round, d.attempts = d.attempts + 1,"
                + " d.lastAttemptAt = :now, d.nextAttemptAt = :leaseEnd"
                + " where d.id = :id and d.round = :round and d.attemptedRound < :round and d.state = :pending")
@NamedQuery(
        name = WebhookDelivery.FORGET_OF_SUBSCRIPTION,
        query = "delete from WebhookDelivery d where d.subscriptionId = :subscription")
public class WebhookDelivery {

    public static final String OF_SUBSCRIPTION = "WebhookDelivery.ofSubscription";
    public static final String COUNT_OF_SUBSCRIPTION = "WebhookDelivery.countOfSubscription";
    public static final String DUE = "WebhookDelivery.due";
    public static final String HAND_OVER = "WebhookDelivery.handOver";
    public static final String BEGIN = "WebhookDelivery.begin";
    public static final String FORGET_OF_SUBSCRIPTION = "WebhookDelivery.forgetOfSubscription";

    /** The most of a receiver's answer kept, in characters. */
    public static final int EXCERPT = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "subscription_id", nullable = false)
    private Long subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 40)
    private WebhookTopic topic;

    @Column(nullable = false, length = 4000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** When it is due (again); null once DELIVERED or FAILED. */
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "lease_round", nullable = false)
    private int round;

    @Column(name = "attempted_round", nullable = false)
    private int attemptedRound;

    /** Attempts made in all, replays included. */
    @Column(nullable = false)
    private int attempts;

    /** Failed attempts since it was written or last replayed: the step of the retry schedule. */
    @Column(nullable = false)
    private int failures;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    /** The HTTP status of the last answer; null before any and when no answer came. */
    @Column(name = "last_status")
    private Integer lastStatus;

    /** The start of the last answer's body, or why no answer came. */
    @Column(name = "last_answer", length = EXCERPT)
    private String lastAnswer;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    protected WebhookDelivery() {}

    /**
     * A delivery handed to the queue at once (round 1): the queue's listener has {@code lease} to
     * begin it, else the timer hands it over again.
     */
    public WebhookDelivery(
            long subscriptionId, WebhookTopic topic, JsonObject data, OffsetDateTime now, Duration lease) {
        this.id = newId();
        this.subscriptionId = subscriptionId;
        this.topic = topic;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        this.payload = Json.createObjectBuilder()
                .add("id", id)
                .add("type", topic.wireName())
                .add("created", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdAt))
                .add("data", data)
                .build()
                .toString();
        this.state = DeliveryState.PENDING;
        this.round = 1;
        this.attemptedRound = 0;
        this.nextAttemptAt = createdAt.plus(lease);
    }

    static String newId() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return "whd_" + HexFormat.of().formatHex(random);
    }

    /**
     * The receiver answered 2xx: delivered for good (also when the answer came to an attempt whose
     * lease was over: it was delivered all the same).
     */
    public void delivered(OffsetDateTime now, int status, String answer) {
        if (state != DeliveryState.PENDING) {
            return;
        }
        state = DeliveryState.DELIVERED;
        deliveredAt = now;
        lastStatus = status;
        lastAnswer = excerpt(answer);
        nextAttemptAt = null;
    }

    /**
     * The attempt of {@code attemptRound} failed (another status than 2xx, or {@code status} null
     * for no answer): the next attempt after the schedule's wait for this many failures, or FAILED
     * once the schedule is over. An attempt of an earlier round (its lease was over and the
     * delivery was handed over again) changes nothing.
     */
    public void failed(int attemptRound, OffsetDateTime now, Integer status, String answer, List<Duration> schedule) {
        if (state != DeliveryState.PENDING || attemptRound != round) {
            return;
        }
        lastStatus = status;
        lastAnswer = excerpt(answer);
        failures++;
        if (failures > schedule.size()) {
            state = DeliveryState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(schedule.get(failures - 1));
        }
    }

    /**
     * Sent again on request, whatever its state: a new round, handed to the queue now, with the
     * retry schedule from its start.
     *
     * @return the new round
     */
    public int replay(OffsetDateTime now, Duration lease) {
        state = DeliveryState.PENDING;
        failures = 0;
        deliveredAt = null;
        round++;
        nextAttemptAt = now.plus(lease);
        return round;
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', ' ');
        return clean.length() <= EXCERPT ? clean : clean.substring(0, EXCERPT - 1) + "…";
    }

    public String id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public WebhookTopic topic() {
        return topic;
    }

    public String payload() {
        return payload;
    }

    public DeliveryState state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public int round() {
        return round;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastAnswer() {
        return lastAnswer;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }
}
