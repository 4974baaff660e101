package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.catalog.control.DemandRecount;
import org.boxoffice.catalog.control.EventQueries;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.PaymentMethodNotOfferedException;
import org.boxoffice.catalog.entity.PaymentTerms;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.ticket.control.Barcodes;

/** The catalog: what customers can find and book, and how organizers put it on sale. */
@Stateless
public class Catalog {

    /** The most events one view of the calendar shows (a month of a busy city's catalog). */
    public static final int CALENDAR_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemandRecount demand;

    @Inject
    Inventory inventory;

    @Inject
    Barcodes barcodes;

    @Inject
    EventQueries queries;

    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public Optional<Category> findCategory(String slug) {
        return em.createNamedQuery(Category.BY_SLUG, Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Category> findCategory(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Category createCategory(String name, String slug) {
        Category category = new Category(name, slug);
        em.persist(category);
        return category;
    }

    /** Stores a new draft, built with its ticket types. */
    public Event create(Event draft) {
        em.persist(draft);
        return draft;
    }

    /** Puts an event on sale and creates its inventory, in one transaction. */
    public Event publish(long eventId) {
        Event event = getEvent(eventId);
        event.publish();
        em.flush();
        inventory.createFor(event);
        demand.recount(event.id()); // "available only" finds it at once
        return event;
    }

    public Optional<Event> findEvent(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    public Event getEvent(long id) {
        return findEvent(id).orElseThrow(() -> new UnknownEventException(id));
    }

    /** An event as customers see it: drafts do not exist for them. */
    public Event getPublishedEvent(long id) {
        Event event = getEvent(id);
        if (event.status() == EventStatus.DRAFT) {
            throw new EventNotOnSaleException(id);
        }
        return event;
    }

    /**
     * Refuses a payment method that the event does not accept; a missing method (null) passes, for
     * the payment's own check to name. Reads the event's payment terms alone (one short query).
     *
     * @throws PaymentMethodNotOfferedException when the event does not accept {@code method}
     * @throws UnknownEventException for an unknown event
     */
    public void requireAccepts(long eventId, PaymentMethod method) {
        em.createQuery("select e.paymentTerms from Event e where e.id = :id", PaymentTerms.class)
                .setParameter("id", eventId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownEventException(eventId))
                .requireAccepts(method);
    }

    /** How many tickets of each type are left, by ticket type id. */
    public Map<Long, Long> availability(long eventId) {
        return inventory.availableByTicketType(eventId);
    }

    /** A QR code of the event page's address, for posters and sharing. */
    public byte[] shareCode(long eventId, String eventPageUrl) {
        getPublishedEvent(eventId);
        return barcodes.qr(eventPageUrl, 300);
    }

    public List<Event> upcoming(int max) {
        return search(EventSearch.upcoming(), 1, max).items();
    }

    /**
     * Published events matching the search, a page at a time, filtered and sorted by the database;
     * in a transaction of its own if the caller has none (the search plans its statements for it).
     */
    public Page<Event> search(EventSearch search, int page, int size) {
        return queries.search(search, page, size);
    }

    /**
     * The same search, each event with the tickets it has left, read for the whole page at once:
     * what lists of events show ("sold out").
     */
    public Page<Listing> listings(EventSearch search, int page, int size) {
        // one transaction, so one persistence context: the page's ticket types are read in one
        // query and find their events there (outside one, each was read again, with its venue)
        Page<Event> events = queries.search(search, page, size);
        events.items().forEach(event -> event.ticketTypes().size());
        Set<Long> left =
                queries.withTicketsLeft(events.items().stream().map(Event::id).toList());
        return events.map(event -> new Listing(event, !left.contains(event.id())));
    }

    /**
     * Published events that overlap the window {@code [from, to)}, soonest first, in a category
     * (slug) and a city if given: what an event calendar shows. At most {@link #CALENDAR_MAX}, so
     * that one view of the calendar never loads the whole catalog.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Event> calendar(OffsetDateTime from, OffsetDateTime to, String category, String city) {
        return queries.overlapping(from, to, category, city, CALENDAR_MAX);
    }

    /** The cities where published events are still to come, A to Z: the choices of a city filter. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> cities() {
        return queries.cities();
    }
}
