package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventChange;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.FieldChange;
import org.boxoffice.catalog.entity.InvalidEventException;
import org.boxoffice.catalog.entity.InvalidEventStateException;
import org.boxoffice.catalog.entity.Journey;
import org.boxoffice.catalog.entity.PaymentTerms;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;
import org.boxoffice.webhook.boundary.WebhookOutbox;
import org.boxoffice.webhook.entity.WebhookTopic;

/**
 * Organizers create and edit the events of their organisation: a draft at one of their venues,
 * its ticket types, then publication (which creates the inventory) and, if need be, cancellation.
 * Every call finds the event through {@link OrganizerEvents}, so another organisation's event
 * answers as an unknown id does; every change locks the event's row first ({@link
 * OrganizerEvents#getForChange}), so that two changes of one event run one after the other.
 * Changes to a published event are kept field by field ({@link EventChange}), so that ticket
 * holders can be told; publication and cancellation are in the audit trail.
 */
@Stateless
public class EventEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    OrganizerEvents events;

    @Inject
    OrganizerVenues venues;

    @Inject
    Catalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** The fields whose change every holder of a confirmed booking is told of: when and where. */
    static final Set<String> TOLD_TO_HOLDERS = Set.of("startsAt", "endsAt", "origin", "destination", "arrivalZone");

    /**
     * A new draft of the organizer's organisation at one of its venues; a journey when the draft
     * names an origin and a destination (its arrival read in the arrival zone).
     *
     * @throws UnknownVenueException when the venue is unknown or another organisation's
     * @throws InvalidEventException for an unknown category or a field that breaks a rule
     */
    public Event createDraft(Account organizer, long venueId, String categorySlug, EventDraft fields) {
        Venue venue = venues.get(organizer, venueId);
        long organisation = organizer.organisationAsOrganizer().orElseThrow(() -> new UnknownVenueException(venueId));
        Category category = category(categorySlug);
        ZoneId zone = venue.zone();
        Journey journey = Journey.of(fields.origin(), fields.destination(), fields.arrivalZone(), zone);
        Event event = new Event(
                fields.title(),
                fields.description(),
                category,
                venue,
                at(fields.startsAt(), zone),
                at(fields.endsAt(), journey == null ? zone : journey.arrivalZone()),
                at(fields.salesStart(), zone),
                at(fields.salesEnd(), zone),
                maxPerOrder(fields),
                fields.maxPerCustomer(),
                fields.cancellationHours());
        event.route(journey);
        event.changePaymentTerms(PaymentTerms.named(fields.vatRate(), fields.paymentMethods()));
        event.organisedBy(organisation);
        catalog.create(event);
        em.flush(); // the id now, for the answer's Location
        return event;
    }

    /**
     * A new draft with its ticket types, all or nothing: a ticket type that breaks a rule leaves no
     * draft behind.
     *
     * @throws UnknownVenueException when the venue is unknown or another organisation's
     * @throws InvalidEventException for an unknown category or a field or ticket type that breaks a
     *     rule
     */
    public Event createDraft(
            Account organizer, long venueId, String categorySlug, EventDraft fields, List<NewTicketType> types) {
        Event event = createDraft(organizer, venueId, categorySlug, fields);
        for (NewTicketType type : types) {
            addTicketType(
                    organizer,
                    event.id(),
                    null,
                    type.name(),
                    type.amount(),
                    type.currency(),
                    type.sectionId(),
                    type.seatCategory(),
                    type.capacity());
        }
        return event;
    }

    /**
     * A ticket type of a draft: reserved seats of the event's venue (a seated section {@code
     * sectionId}, a seat category {@code seatCategory}, or a category within a section), or general
     * admission of {@code capacity}; seats or a capacity, not both.
     *
     * @throws UnknownEventException when the event is unknown or another organisation's
     * @throws InvalidEventStateException when the event is not a draft any more
     * @throws EventBusyException when another change of the event keeps it locked too long
     * @throws EventChangedException when {@code expectedVersion} (null: any) is not the event's version
     * @throws InvalidEventException for a bad name, price, currency, section, category or capacity,
     *     seats that another type sells already, or seats none of which can be sold
     */
    public TicketType addTicketType(
            Account organizer,
            long eventId,
            Long expectedVersion,
            String name,
            BigDecimal amount,
            String currency,
            Long sectionId,
            String seatCategory,
            Integer capacity) {
        // locked: a publication at the same moment waits for this type, or this waits for the
        // publication and is refused, rather than leave the type without inventory
        Event event = events.getForChange(organizer, eventId, expectedVersion);
        if (event.status() != EventStatus.DRAFT) {
            throw new InvalidEventStateException(event.id(), event.status(), "changed");
        }
        Money price = Event.price(amount, currency);
        boolean seated = sectionId != null || (seatCategory != null && !seatCategory.isBlank());
        if (seated == (capacity != null)) {
            throw new InvalidEventException(
                    "a ticket type sells either reserved seats (a section, a seat category or both) or a capacity");
        }
        TicketType type;
        if (seated) {
            Section section = sectionId == null
                    ? null
                    : event.venue().sections().stream()
                            .filter(candidate -> sectionId.equals(candidate.id()))
                            .findFirst()
                            .orElseThrow(() ->
                                    new InvalidEventException("section " + sectionId + " is not a seated section of "
                                            + event.venue().name()));
            type = event.addSeatedTicketType(name, price, section, seatCategory);
            if (venues.sellableSeats(event.venue(), section, type.seatCategory()) == 0) {
                throw new InvalidEventException("there is no seat of " + type.seats() + " at "
                        + event.venue().name() + " that can be sold");
            }
        } else {
            type = event.addGeneralAdmissionTicketType(name, price, capacity);
        }
        try {
            em.flush(); // the id now, and a name taken at the same moment as a refusal
        } catch (PersistenceException e) {
            if (Categories.isUniqueViolation(e)) {
                InvalidEventException taken =
                        new InvalidEventException("there is a ticket type called " + type.name() + " already");
                taken.initCause(e);
                throw taken;
            }
            throw e;
        }
        return type;
    }

    /**
     * Changes the event's fields (not its venue). Each field a published event changes is kept with
     * its old and new value; a draft's changes are not kept, as nobody holds a ticket yet. When a
     * published event's time or route changes, every holder of a confirmed booking is told (after
     * commit).
     *
     * @throws UnknownEventException when the event is unknown or another organisation's
     * @throws InvalidEventStateException when the event is cancelled
     * @throws EventBusyException when another change of the event keeps it locked too long
     * @throws EventChangedException when {@code expectedVersion} (null: any) is not the event's version
     * @throws InvalidEventException for an unknown category or a field that breaks a rule
     */
    public Event update(Account organizer, long eventId, Long expectedVersion, String categorySlug, EventDraft fields) {
        Event event = events.getForChange(organizer, eventId, expectedVersion);
        Category category = category(categorySlug);
        PaymentTerms terms = PaymentTerms.named(fields.vatRate(), fields.paymentMethods());
        boolean published = event.isPublished();
        ZoneId zone = event.venue().zone();
        Journey journey = Journey.of(fields.origin(), fields.destination(), fields.arrivalZone(), zone);
        List<FieldChange> changes = new ArrayList<>(event.change(
                fields.title(),
                fields.description(),
                category,
                at(fields.startsAt(), zone),
                at(fields.endsAt(), journey == null ? zone : journey.arrivalZone()),
                at(fields.salesStart(), zone),
                at(fields.salesEnd(), zone),
                maxPerOrder(fields),
                fields.maxPerCustomer(),
                fields.cancellationHours()));
        changes.addAll(event.route(journey));
        changes.addAll(event.changePaymentTerms(terms));
        if (published && !changes.isEmpty()) {
            OffsetDateTime now = now();
            changes.forEach(change -> em.persist(new EventChange(event, now, organizer.id(), change)));
            List<String> told = changes.stream()
                    .map(FieldChange::field)
                    .filter(TOLD_TO_HOLDERS::contains)
                    .distinct()
                    .toList();
            if (!told.isEmpty()) {
                notifications.send(Notice.eventChanged(event.id(), told));
            }
            var changedFields = Json.createArrayBuilder();
            changes.stream().map(FieldChange::field).distinct().forEach(changedFields::add);
            webhooks.publish(
                    WebhookTopic.EVENT_CHANGED,
                    event.organisationId().orElse(null),
                    eventData(event).add("changedFields", changedFields).build());
        }
        em.flush();
        return event;
    }

    /**
     * Puts a draft on sale and creates its inventory, in this transaction.
     *
     * @throws InvalidEventException when it has no ticket type
     * @throws InvalidEventStateException when it is not a draft
     * @throws EventBusyException when another change of the event keeps it locked too long
     * @throws EventChangedException when {@code expectedVersion} (null: any) is not the event's version
     */
    public Event publish(Account organizer, long eventId, Long expectedVersion, String address) {
        events.getForChange(organizer, eventId, expectedVersion);
        Event event = catalog.publish(eventId);
        em.flush(); // the new version now, for the answer
        audit.record(organizer.id(), organizer.email(), Action.EVENT_PUBLISHED, null, describe(event), address);
        return event;
    }

    /**
     * Cancels a draft or a published event for good. Its bookings end a few seconds later, each
     * refunded if it was paid, and their customers are told then ({@code Checkout}).
     *
     * @throws InvalidEventStateException when it is cancelled already
     * @throws EventBusyException when another change of the event keeps it locked too long
     * @throws EventChangedException when {@code expectedVersion} (null: any) is not the event's version
     */
    public Event cancel(Account organizer, long eventId, Long expectedVersion, String address) {
        Event event = events.getForChange(organizer, eventId, expectedVersion);
        event.cancel();
        em.flush();
        audit.record(organizer.id(), organizer.email(), Action.EVENT_CANCELLED, null, describe(event), address);
        webhooks.publish(
                WebhookTopic.EVENT_CANCELLED,
                event.organisationId().orElse(null),
                eventData(event).build());
        return event;
    }

    /** What a webhook of the event says of it: ids, title, status and times, no personal data. */
    private static JsonObjectBuilder eventData(Event event) {
        return Json.createObjectBuilder()
                .add("eventId", String.valueOf(event.id()))
                .add("title", event.title())
                .add("status", event.status().name());
    }

    /** The kept changes of the event, newest first. */
    public List<EventChange> changes(Account organizer, long eventId) {
        Event event = events.get(organizer, eventId);
        return em.createNamedQuery(EventChange.OF_EVENT, EventChange.class)
                .setParameter("event", event)
                .getResultList();
    }

    private Category category(String slug) {
        return catalog.findCategory(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new InvalidEventException("there is no category " + slug));
    }

    private static ZonedDateTime at(LocalDateTime local, ZoneId zone) {
        // a local time skipped by a clock change moves forward by the gap, as ZonedDateTime.of does
        return local == null ? null : ZonedDateTime.of(local, zone);
    }

    private static int maxPerOrder(EventDraft fields) {
        return fields.maxPerOrder() == null ? Event.DEFAULT_MAX_PER_ORDER : fields.maxPerOrder();
    }

    // the subject of an audit event is an account; the event is named in the detail
    private static String describe(Event event) {
        return "event " + event.id() + " \"" + event.title() + "\"";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
