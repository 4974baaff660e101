package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.boundary.Inventory;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.ticket.control.QrCodes;
import org.boxoffice.venue.entity.Venue;

/** The catalog: what customers can find and book, and how organizers put it on sale. */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Inventory inventory;

    @Inject
    QrCodes qrCodes;

    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public Optional<Category> findCategory(String slug) {
        return em.createNamedQuery(Category.BY_SLUG, Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
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

    /** How many tickets of each type are left, by ticket type id. */
    public Map<Long, Long> availability(long eventId) {
        return inventory.availableByTicketType(eventId);
    }

    /** A QR code of the event page's address, for posters and sharing. */
    public byte[] shareCode(long eventId, String eventPageUrl) {
        getPublishedEvent(eventId);
        return qrCodes.png(eventPageUrl, 300);
    }

    public List<Event> upcoming(int max) {
        return search(EventSearch.upcoming(), 1, max).items();
    }

    /** Published events matching the search, a page at a time, filtered and sorted by the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Event> search(EventSearch search, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        query.select(event).where(matching(search, cb, query, event));
        switch (search.sort()) {
            case DATE -> query.orderBy(cb.asc(event.get("startsAt")), cb.asc(event.get("id")));
            case DATE_DESC -> query.orderBy(cb.desc(event.get("startsAt")), cb.desc(event.get("id")));
            case TITLE -> query.orderBy(cb.asc(cb.lower(event.get("title"))), cb.asc(event.get("id")));
        }
        List<Event> items = em.createQuery(query)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Event> counted = count.from(Event.class);
        count.select(cb.count(counted)).where(matching(search, cb, count, counted));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private static Predicate[] matching(
            EventSearch search, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Event> event) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(event.get("status"), EventStatus.PUBLISHED));
        if (search.from() == null && search.to() == null) {
            where.add(cb.greaterThan(event.<OffsetDateTime>get("endsAt"), OffsetDateTime.now(ZoneOffset.UTC)));
        }
        if (search.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.<OffsetDateTime>get("startsAt"), search.from()));
        }
        if (search.to() != null) {
            where.add(cb.lessThan(event.<OffsetDateTime>get("startsAt"), search.to()));
        }
        if (search.text() != null && !search.text().isBlank()) {
            for (String word : search.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                String pattern = "%" + escapeLike(word) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(event.get("title")), pattern, '\\'),
                        cb.like(cb.lower(event.get("description")), pattern, '\\')));
            }
        }
        if (search.city() != null && !search.city().isBlank()) {
            Join<Event, Venue> venue = event.join("venue");
            where.add(
                    cb.equal(cb.lower(venue.get("city")), search.city().strip().toLowerCase(Locale.ROOT)));
        }
        if (search.category() != null && !search.category().isBlank()) {
            where.add(cb.equal(
                    event.get("category").get("slug"), search.category().strip()));
        }
        if (search.minPrice() != null || search.maxPrice() != null) {
            Subquery<Long> priced = query.subquery(Long.class);
            Root<TicketType> type = priced.from(TicketType.class);
            List<Predicate> price = new ArrayList<>();
            price.add(cb.equal(type.get("event"), event));
            if (search.minPrice() != null) {
                price.add(cb.greaterThanOrEqualTo(type.get("price").<BigDecimal>get("amount"), search.minPrice()));
            }
            if (search.maxPrice() != null) {
                price.add(cb.lessThanOrEqualTo(type.get("price").<BigDecimal>get("amount"), search.maxPrice()));
            }
            priced.select(type.get("id")).where(price.toArray(Predicate[]::new));
            where.add(cb.exists(priced));
        }
        return where.toArray(Predicate[]::new);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
