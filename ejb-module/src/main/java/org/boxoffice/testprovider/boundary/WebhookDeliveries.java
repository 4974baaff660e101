package org.boxoffice.testprovider.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boxoffice.testprovider.entity.WebhookEvent;

/**
 * The outbox of the test provider's webhook events, as its senders use it: take the events that are
 * due, each for one attempt, and record how the attempt went. Taking them is one short transaction
 * ({@code SKIP LOCKED}, so that several instances take different events) that moves each one's next
 * attempt a lease ahead; the HTTP calls happen outside any transaction. The sender tries the events
 * it took one after the other, so each event's lease ends when its own turn may be over: the first
 * of a batch whose sender died (killed with its instance, say) is due again within one attempt's
 * time and a margin, not after the whole batch's.
 */
@Stateless
public class WebhookDeliveries {

    /** What an event's lease adds to the time its sender may need to reach it and try it. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    /** An event to send now: its id and the JSON to post. */
    public record Due(String eventId, String payload) {}

    /**
     * At most {@code max} events that are due, the longest waiting first, taken for one attempt each,
     * to be tried in this order.
     *
     * @param perAttempt the longest one attempt takes (the sender's timeout): the n-th event is left
     *     to this sender for n such attempts and {@link #LEASE_MARGIN}
     */
    public List<Due> claim(int max, Duration perAttempt) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<?> ids = em.createNativeQuery("select event_id from test_provider_webhook where next_attempt_at <= ?1"
                        + " order by next_attempt_at fetch first " + Math.max(1, max)
                        + " rows only for update skip locked")
                .setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // the rows are locked: read them in one query rather than one find each
        List<WebhookEvent> events = em.createNamedQuery(WebhookEvent.ALL_OF, WebhookEvent.class)
                .setParameter("ids", ids)
                .getResultList();
        List<Due> due = new ArrayList<>(events.size());
        int position = 0;
        for (WebhookEvent event : events) {
            position++;
            event.claim(now, perAttempt.multipliedBy(position).plus(LEASE_MARGIN));
            due.add(new Due(event.eventId(), event.payload()));
        }
        return due;
    }

    /**
     * How an attempt went: the receiver's HTTP status, or null when no answer came.
     * A 2xx delivers the event; anything else sends it again after the back-off.
     */
    public void attempted(String eventId, Integer status) {
        WebhookEvent event = em.find(WebhookEvent.class, eventId);
        if (event == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (status != null && status >= 200 && status < 300) {
            event.delivered(now, status);
        } else {
            event.failed(now, status);
        }
    }

    /** The event, as the outbox has it. */
    public Optional<WebhookEvent> find(String eventId) {
        return Optional.ofNullable(em.find(WebhookEvent.class, eventId));
    }
}
