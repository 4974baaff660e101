package org.boxoffice.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.settings.boundary.Settings;
import org.boxoffice.webhook.control.AddressGuard;
import org.boxoffice.webhook.entity.WebhookDelivery;
import org.boxoffice.webhook.entity.WebhookException;
import org.boxoffice.webhook.entity.WebhookException.Reason;
import org.boxoffice.webhook.entity.WebhookSubscription;
import org.boxoffice.webhook.entity.WebhookTopic;

/**
 * The webhook subscriptions of organizers (their organisation's events) and admins (every
 * organisation's), their deliveries, and replays. An organizer sees the subscriptions of their
 * organisation only: another's answers as an unknown id does. Subscribing and deleting are in the
 * audit trail.
 */
@Stateless
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookOutbox outbox;

    /** A new subscription and its signing secret, which is shown this once. */
    public record Subscribed(WebhookSubscription subscription, String secret) {}

    /**
     * Subscribes {@code url} to the named events: an organizer's for their organisation's, an
     * admin's for every organisation's.
     *
     * @throws WebhookException NO_EVENTS, UNKNOWN_EVENT (naming it), INVALID_URL, UNRESOLVED_HOST,
     *     PRIVATE_ADDRESS; NO_ORGANISATION for an organizer without one
     */
    public Subscribed subscribe(Account who, String url, List<String> events, String address) {
        Long organisation = scope(who);
        Set<WebhookTopic> topics = topics(events);
        String checked = new AddressGuard(settings::webhookPrivateAddresses).check(url);
        String secret = newSecret();
        WebhookSubscription subscription = new WebhookSubscription(
                organisation, who.id(), checked, topics, secret, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(subscription);
        em.flush();
        audit.record(
                who.id(),
                who.email(),
                Action.WEBHOOK_SUBSCRIBED,
                null,
                "webhook " + subscription.id() + " " + checked + " for "
                        + topics.stream().map(WebhookTopic::wireName).collect(Collectors.joining(", "))
                        + (organisation == null ? " of every organisation" : " of organisation " + organisation),
                address);
        return new Subscribed(subscription, secret);
    }

    /** The caller's subscriptions (an admin's: every one), newest first. */
    public Page<WebhookSubscription> list(Account who, int page, int size) {
        Long organisation = scope(who);
        List<WebhookSubscription> items = (organisation == null
                        ? em.createNamedQuery(WebhookSubscription.ALL, WebhookSubscription.class)
                        : em.createNamedQuery(WebhookSubscription.OF_ORGANISATION, WebhookSubscription.class)
                                .setParameter("organisation", organisation))
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = (organisation == null
                        ? em.createNamedQuery(WebhookSubscription.COUNT_ALL, Long.class)
                        : em.createNamedQuery(WebhookSubscription.COUNT_OF_ORGANISATION, Long.class)
                                .setParameter("organisation", organisation))
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** @throws WebhookException UNKNOWN_SUBSCRIPTION for an unknown id or one the caller may not see */
    public WebhookSubscription get(Account who, long subscriptionId) {
        Long organisation = scope(who);
        return Optional.ofNullable(em.find(WebhookSubscription.class, subscriptionId))
                .filter(subscription -> subscription.isVisibleTo(organisation))
                .orElseThrow(() -> new WebhookException(Reason.UNKNOWN_SUBSCRIPTION, subscriptionId));
    }

    /** Deletes the subscription and its deliveries: nothing more is sent to it. */
    public void delete(Account who, long subscriptionId, String address) {
        WebhookSubscription subscription = get(who, subscriptionId);
        em.createNamedQuery(WebhookDelivery.FORGET_OF_SUBSCRIPTION)
                .setParameter("subscription", subscription.id())
                .executeUpdate();
        em.remove(subscription);
        audit.record(
                who.id(),
                who.email(),
                Action.WEBHOOK_DELETED,
                null,
                "webhook " + subscription.id() + " " + subscription.url(),
                address);
    }

    /** The subscription's deliveries, newest first. */
    public Page<WebhookDelivery> deliveries(Account who, long subscriptionId, int page, int size) {
        WebhookSubscription subscription = get(who, subscriptionId);
        List<WebhookDelivery> items = em.createNamedQuery(WebhookDelivery.OF_SUBSCRIPTION, WebhookDelivery.class)
                .setParameter("subscription", subscription.id())
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(WebhookDelivery.COUNT_OF_SUBSCRIPTION, Long.class)
                .setParameter("subscription", subscription.id())
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** @throws WebhookException UNKNOWN_DELIVERY for a delivery that is not one of the subscription's */
    public WebhookDelivery delivery(Account who, long subscriptionId, String deliveryId) {
        WebhookSubscription subscription = get(who, subscriptionId);
        return Optional.ofNullable(deliveryId)
                .map(id -> em.find(WebhookDelivery.class, id))
                .filter(delivery -> delivery.subscriptionId() == subscription.id())
                .orElseThrow(() -> new WebhookException(Reason.UNKNOWN_DELIVERY, String.valueOf(deliveryId)));
    }

    /**
     * Sends a delivery again, whatever its state, with the same id (a receiver that has it already
     * drops it) and the retry schedule from its start.
     */
    public WebhookDelivery replay(Account who, long subscriptionId, String deliveryId) {
        WebhookDelivery delivery = delivery(who, subscriptionId, deliveryId);
        em.refresh(delivery, LockModeType.PESSIMISTIC_WRITE);
        int round = delivery.replay(OffsetDateTime.now(ZoneOffset.UTC), WebhookOutbox.HAND_OVER_LEASE);
        outbox.queue(delivery.id(), round);
        return delivery;
    }

    /** The organisation whose events the caller may subscribe to; null for an admin (every one). */
    private static Long scope(Account who) {
        if (who.has(Role.ADMIN)) {
            return null;
        }
        return who.organisationAsOrganizer().orElseThrow(() -> new WebhookException(Reason.NO_ORGANISATION));
    }

    private static Set<WebhookTopic> topics(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new WebhookException(Reason.NO_EVENTS);
        }
        Set<WebhookTopic> topics = EnumSet.noneOf(WebhookTopic.class);
        for (String name : events) {
            WebhookTopic topic = WebhookTopic.byName(name == null ? "" : name.strip())
                    .orElseThrow(() -> new WebhookException(Reason.UNKNOWN_EVENT, shown(name)));
            topics.add(topic);
        }
        return topics;
    }

    private static String shown(String name) {
        if (name == null) {
            return "null";
        }
        String clean = name.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > 60 ? clean.substring(0, 59) + "…" : clean;
    }

    /** 32 random bytes, base64url, after {@code whsec_}. */
    static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
