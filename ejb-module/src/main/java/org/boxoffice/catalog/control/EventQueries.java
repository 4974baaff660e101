package org.boxoffice.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.boxoffice.catalog.boundary.EventSearch;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.inventory.entity.Allotment;
import org.boxoffice.inventory.entity.EventSeat;
import org.boxoffice.platform.control.Database;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.venue.entity.Venue;

/**
 * The customers' queries over published events: search with its filters and sorts, the calendar's
 * window, the cities on offer. Every filter and sort is part of the SQL the database runs (Criteria
 * queries, EXISTS subqueries, columns the database keeps: {@code search_words}, {@code
 * tickets_left}), so that paging stays right and no
 * page is filtered after loading. Reads only, in the caller's transaction; the search needs one (on
 * PostgreSQL it sets how its statements are planned, for that transaction only).
 */
@ApplicationScoped
public class EventQueries {

    /** Cities offered in a choice list; far more would make the list useless anyway. */
    static final int MAX_CITIES = 500;

    /**
     * Matches are counted exactly up to this many (10 pages of 20): reading 501 matches to count
     * them cost a word search more than its page (docs/PERFORMANCE.md).
     */
    public static final int COUNT_LIMIT = 200;

    /** Words of a search beyond these are not looked for (a search text has at most 200 characters). */
    static final int MAX_WORDS = 12;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    /**
     * Published events matching the search, one page (counted from 1) in the search's order. The
     * total is exact up to {@link #COUNT_LIMIT}; past it the page says "at least" ({@link
     * Page#totalExact()} false): counting 85,000 matches exactly cost many times the page itself.
     */
    public Page<Event> search(EventSearch search, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // only a search without dates looks for events that have not ended
        OffsetDateTime startedAfter = search.from() == null && search.to() == null ? earliestStartOfUnended(now) : null;

        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        Database.Product product = database.product();
        if (product == Database.Product.POSTGRESQL) {
            // plans made for the values searched, not one generic plan for all: how many events
            // a word or a price range matches decides between walking the start index and reading
            // the word or price index (see docs/PERFORMANCE.md); for this transaction only
            em.createNativeQuery("set local plan_cache_mode = force_custom_plan")
                    .executeUpdate();
        }
        List<Predicate> where = matching(search, product, cb, query, event, now, startedAfter);
        query.select(event).where(where.toArray(Predicate[]::new)).orderBy(order(search, cb, event));
        List<Event> items = em.createQuery(query)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();

        long total;
        boolean exact = true;
        if (page == 1 && items.size() < size) {
            total = items.size(); // all there is: no need to count
        } else {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Event> counted = count.from(Event.class);
            count.select(counted.get("id"))
                    .where(matching(search, product, cb, count, counted, now, startedAfter)
                            .toArray(Predicate[]::new));
            // the ids of at most one more than the limit, in any order: the database stops there,
            // on whichever index its plan for these values finds matches fastest by
            total = em.createQuery(count)
                    .setMaxResults(COUNT_LIMIT + 1)
                    .getResultList()
                    .size();
            if (total > COUNT_LIMIT) {
                total = Math.max(COUNT_LIMIT, Page.offset(page, size) + (long) items.size());
                exact = false;
            }
        }
        return new Page<>(items, page, size, total, exact);
    }

    /** The search's order; each has an index of its own (V12, V17), walked until the page is full. */
    private static List<Order> order(EventSearch search, CriteriaBuilder cb, Root<Event> event) {
        List<Order> order = new ArrayList<>();
        switch (search.sort()) {
            case DATE -> order.add(cb.asc(event.get("startsAt")));
            case DATE_DESC -> order.add(cb.desc(event.get("startsAt")));
            case TITLE -> order.add(cb.asc(cb.lower(event.get("title"))));
            case PRICE -> order.addAll(List.of(cb.asc(event.get("priceFrom")), cb.asc(event.get("startsAt"))));
            case PRICE_DESC -> order.addAll(List.of(cb.desc(event.get("priceFrom")), cb.asc(event.get("startsAt"))));
            case POPULARITY -> order.addAll(List.of(cb.desc(event.get("ticketsTaken")), cb.asc(event.get("startsAt"))));
        }
        // ties are broken by id, so that a page never repeats or skips an event of the previous one
        order.add(search.sort() == EventSearch.Sort.DATE_DESC ? cb.desc(event.get("id")) : cb.asc(event.get("id")));
        return order;
    }

    /**
     * How far back an event that has not ended can have started: now minus the longest published
     * event (one index lookup). Walking the start index from there skips the ended events before it.
     */
    private OffsetDateTime earliestStartOfUnended(OffsetDateTime now) {
        Long longest = em.createQuery("select max(e.durationSeconds) from Event e where e.status = :status", Long.class)
                .setParameter("status", EventStatus.PUBLISHED)
                .getSingleResult();
        return now.minusSeconds(longest == null ? 0 : longest).minusSeconds(1);
    }

    /**
     * Published events that overlap the window {@code [from, to)}, in a category and a city if given,
     * soonest first, at most {@code max} of them. Past events are included: the calendar browses
     * back as well as forward.
     */
    public List<Event> overlapping(OffsetDateTime from, OffsetDateTime to, String category, String city, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(event.get("status"), EventStatus.PUBLISHED));
        where.add(cb.lessThan(event.<OffsetDateTime>get("startsAt"), to));
        where.add(cb.greaterThan(event.<OffsetDateTime>get("endsAt"), from));
        filters(
                new EventSearch(null, city, null, category, null, null, null, null, false, null),
                database.product(),
                cb,
                query,
                event,
                where);
        query.select(event)
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(event.get("startsAt")), cb.asc(event.get("id")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    /**
     * Which of these events have tickets left now (a place of a general-admission allotment or a
     * free seat): exact, for the few events of one page, as the inventory says.
     */
    public Set<Long> withTicketsLeft(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Event> event = query.from(Event.class);
        query.select(event.get("id"))
                .where(
                        event.get("id").in(eventIds),
                        cb.or(cb.exists(placesLeft(cb, query, event)), cb.exists(freeSeat(cb, query, event))));
        return Set.copyOf(em.createQuery(query).getResultList());
    }

    /** The cities of the venues of published events that have not ended yet, A to Z. */
    public List<String> cities() {
        return em.createQuery(
                        "select distinct v.city from Event e join e.venue v"
                                + " where e.status = :status and e.endsAt > :now order by v.city",
                        String.class)
                .setParameter("status", EventStatus.PUBLISHED)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setMaxResults(MAX_CITIES)
                .getResultList();
    }

    private static List<Predicate> matching(
            EventSearch search,
            Database.Product product,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Event> event,
            OffsetDateTime now,
            OffsetDateTime startedAfter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(event.get("status"), EventStatus.PUBLISHED));
        if (search.from() == null && search.to() == null) {
            where.add(cb.greaterThan(event.<OffsetDateTime>get("endsAt"), now));
            // implied by the line above, given the longest event; it lets the start index skip the past
            where.add(cb.greaterThan(event.<OffsetDateTime>get("startsAt"), startedAfter));
        }
        if (search.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.<OffsetDateTime>get("startsAt"), search.from()));
        }
        if (search.to() != null) {
            where.add(cb.lessThan(event.<OffsetDateTime>get("startsAt"), search.to()));
        }
        filters(search, product, cb, query, event, where);
        return where;
    }

    /** Everything but the status and the dates, which search and calendar treat differently. */
    private static void filters(
            EventSearch search,
            Database.Product product,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Event> event,
            List<Predicate> where) {
        List<String> words = words(search.text());
        if (!words.isEmpty()) {
            // a journey is found by its origin and destination too ("berlin munich"): they are among
            // the event's words (search_words, V21), each word found by its beginning
            if (product == Database.Product.POSTGRESQL) {
                where.add(cb.isTrue(cb.function(
                        "boxoffice_words_match", Boolean.class, event.get("searchWords"), cb.literal(tsQuery(words)))));
            } else {
                for (String word : words) {
                    // letters and digits only: nothing in a word is a wildcard
                    where.add(cb.like(event.get("searchWords"), "% " + word + "%"));
                }
            }
        }
        if (search.city() != null && !search.city().isBlank()) {
            Join<Event, Venue> venue = event.join("venue");
            where.add(
                    cb.equal(cb.lower(venue.get("city")), search.city().strip().toLowerCase(Locale.ROOT)));
        }
        if (search.venue() != null) {
            where.add(cb.equal(event.get("venue").get("id"), search.venue()));
        }
        if (search.category() != null && !search.category().isBlank()) {
            // the category's id once (a subquery), so that the (category_id, starts_at) index walks
            // its events in order; joining by slug checked the category of every event walked
            Subquery<Long> category = query.subquery(Long.class);
            Root<Category> named = category.from(Category.class);
            category.select(named.get("id"))
                    .where(cb.equal(named.get("slug"), search.category().strip()));
            where.add(cb.equal(event.get("category").get("id"), category));
        }
        if (search.minPrice() != null || search.maxPrice() != null) {
            // what the event's cheapest and dearest types allow, read from its own row: most events
            // out of the range are left out before their ticket types are looked at
            if (search.maxPrice() != null) {
                where.add(cb.lessThanOrEqualTo(event.<BigDecimal>get("priceFrom"), search.maxPrice()));
            }
            if (search.minPrice() != null) {
                where.add(cb.greaterThanOrEqualTo(event.<BigDecimal>get("priceTo"), search.minPrice()));
            }
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
        if (search.availableOnly()) {
            // as last recounted (DemandRecount, every minute): an EXISTS on the inventory of every
            // upcoming event was planned as hashes of all of it
            where.add(cb.greaterThan(event.<Long>get("ticketsLeft"), 0L));
        }
    }

    /**
     * A general-admission allotment of the event with places left: the same rule as {@code
     * Allotment.available()} and {@code Inventory.availableByTicketType}, as SQL.
     */
    private static Subquery<Long> placesLeft(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Event> event) {
        Subquery<Long> allotments = query.subquery(Long.class);
        Root<Allotment> allotment = allotments.from(Allotment.class);
        allotments
                .select(allotment.get("id"))
                .where(
                        cb.equal(allotment.get("ticketType").get("event"), event),
                        cb.lessThan(allotment.<Integer>get("taken"), allotment.<Integer>get("capacity")));
        return allotments;
    }

    /** A seat of the event that is still FREE, as {@code EventSeat.FREE_BY_TYPE} counts them. */
    private static Subquery<Long> freeSeat(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Event> event) {
        Subquery<Long> seats = query.subquery(Long.class);
        Root<EventSeat> seat = seats.from(EventSeat.class);
        seats.select(seat.get("seatId"))
                .where(
                        cb.equal(seat.get("eventId"), event.get("id")),
                        cb.equal(seat.get("status"), EventSeat.Status.FREE));
        return seats;
    }

    /**
     * The words of what a customer typed: lowercased, split at anything but letters and digits (as
     * the database splits the events' texts, V21), each once, at most {@link #MAX_WORDS}.
     */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    /**
     * The words as a PostgreSQL full-text query: all of them, each as the beginning of a word
     * ({@code 'jazz':* & 'night':*}). Words hold letters and digits only, so quoting them is enough.
     */
    static String tsQuery(List<String> words) {
        return words.stream().map(word -> "'" + word + "':*").collect(Collectors.joining(" & "));
    }
}
