package org.boxoffice.webhook.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.webhook.control.WebhookSender;
import org.boxoffice.webhook.entity.DeliveryState;
import org.boxoffice.webhook.entity.WebhookDelivery;
import org.boxoffice.webhook.entity.WebhookSubscription;
import org.boxoffice.webhook.entity.WebhookTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox of the outgoing webhooks. Other components {@link #publish} what happened in their
 * own transaction: one delivery row per matching subscription, each handed to the {@value #QUEUE}
 * queue by a message that joins the same transaction (sent only if it commits). The change itself
 * never waits for a receiver: the HTTP calls happen later, in {@link WebhookListener}, outside any
 * transaction, each between {@link #begin} and {@link #finished}. {@link WebhookRetryTimer} hands over
 * again what is due ({@link #handOverDue}): retries, and deliveries whose lease ran out.
 */
@Stateless
public class WebhookOutbox {

    public static final String QUEUE = "webhooks";

    /** The message property with the round a message hands over. */
    static final String ROUND = "round";

    /** How long the queue's listener has to begin a delivery handed over, before the timer hands it over again. */
    static final Duration HAND_OVER_LEASE = Duration.ofMinutes(2);

    /** What an attempt's lease adds to the longest the attempt may take. */
    static final Duration ATTEMPT_MARGIN = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Notifications.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    WebhookSender sender;

    @Inject
    @ConfigProperty(name = "boxoffice.webhooks.retry-delays", defaultValue = "PT1M,PT5M,PT30M,PT2H,PT6H,PT12H")
    String retryDelays;

    /** One attempt to make: where, what, and the secret to sign it with. */
    public record Attempt(String deliveryId, int round, String url, String topic, String payload, String secret) {}

    /**
     * Records that {@code topic} happened to something of {@code organisationId} (null for none):
     * a delivery for each subscription of that organisation, and of every admin's subscription,
     * that listens to it. In the caller's transaction: rolled back with it.
     *
     * @param data what the payload's {@code data} says: ids and states, no personal data
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(WebhookTopic topic, Long organisationId, JsonObject data) {
        List<WebhookSubscription> subscriptions = organisationId == null
                ? em.createNamedQuery(WebhookSubscription.LISTENING_TO_ALL, WebhookSubscription.class)
                        .getResultList()
                : em.createNamedQuery(WebhookSubscription.LISTENING, WebhookSubscription.class)
                        .setParameter("organisation", organisationId)
                        .getResultList();
        OffsetDateTime now = now();
        for (WebhookSubscription subscription : subscriptions) {
            if (subscription.listensTo(topic)) {
                WebhookDelivery delivery = new WebhookDelivery(subscription.id(), topic, data, now, HAND_OVER_LEASE);
                em.persist(delivery);
                queue(delivery.id(), delivery.round());
            }
        }
    }

    /** Hands a delivery's round to the queue, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String deliveryId, int round) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(ROUND, round)
                    .send(context.createQueue(QUEUE), deliveryId);
        }
    }

    /**
     * Begins the attempt of a delivery's round, if it is still that delivery's round, PENDING and
     * not begun yet: a conditional update that one caller only gets through. Its lease covers the
     * attempt's longest time and a margin.
     *
     * @return the attempt to make; empty when there is none to make (delivered meanwhile, begun by
     *     another, handed over again, deleted with its subscription)
     */
    public Optional<Attempt> begin(String deliveryId, int round) {
        OffsetDateTime now = now();
        int begun = em.createNamedQuery(WebhookDelivery.BEGIN)
                .setParameter("round", round)
                .setParameter("now", now)
                .setParameter(
                        "leaseEnd",
                        now.plus(Duration.ofMillis(sender.longestAttemptMillis()))
                                .plus(ATTEMPT_MARGIN))
                .setParameter("id", deliveryId)
                .setParameter("pending", DeliveryState.PENDING)
                .executeUpdate();
        if (begun != 1) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
        if (subscription == null) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(
                delivery.id(),
                round,
                subscription.url(),
                delivery.topic().wireName(),
                delivery.payload(),
                subscription.secret()));
    }

    /** How an attempt went: delivered on 2xx; otherwise retried after the schedule's wait, or FAILED. */
    public void finished(Attempt attempt, WebhookSender.Answer answer) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, attempt.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return;
        }
        OffsetDateTime now = now();
        if (answer.delivered()) {
            delivery.delivered(now, answer.status(), answer.body());
        } else {
            delivery.failed(attempt.round(), now, answer.status(), answer.body(), schedule());
        }
    }

    /**
     * Hands over again at most {@code max} deliveries that are due, the longest waiting first: each
     * by a conditional update on the round it was read with, so that of several instances' timers
     * only one hands it over.
     *
     * @return how many were handed over
     */
    public int handOverDue(int max) {
        OffsetDateTime now = now();
        List<Object[]> due = em.createNamedQuery(WebhookDelivery.DUE, Object[].class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        int handedOver = 0;
        for (Object[] row : due) {
            String id = (String) row[0];
            int round = ((Number) row[1]).intValue();
            int taken = em.createNamedQuery(WebhookDelivery.HAND_OVER)
                    .setParameter("leaseEnd", now.plus(HAND_OVER_LEASE))
                    .setParameter("id", id)
                    .setParameter("round", round)
                    .setParameter("pending", DeliveryState.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (taken == 1) {
                queue(id, round + 1);
                handedOver++;
            }
        }
        return handedOver;
    }

    /** The waits after the first, second ... failed attempt. */
    List<Duration> schedule() {
        return parseSchedule(retryDelays);
    }

    static List<Duration> parseSchedule(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(Duration::parse)
                .toList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
