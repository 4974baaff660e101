package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.entity.Page;

/**
 * The events an organizer may see: those of the organizer's own organisation, drafts and past ones
 * included. The organisation is part of every query, so that another organisation's event is never
 * loaded for an organizer at all, not loaded and then hidden.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrganizerEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    LockTimeouts lockTimeouts;

    /** The organisation's events, soonest first; none for an organizer without an organisation. */
    public Page<Event> list(Account organizer, int page, int size) {
        Optional<Long> organisation = organizer.organisationAsOrganizer();
        if (organisation.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<Event> items = em.createNamedQuery(Event.OF_ORGANISATION, Event.class)
                .setParameter("organisation", organisation.get())
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Event.COUNT_OF_ORGANISATION, Long.class)
                .setParameter("organisation", organisation.get())
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /**
     * How many events, drafts, cancelled and past ones included, each of these organisations has;
     * none for those without.
     */
    public Map<Long, Long> countsByOrganisation(Collection<Long> organisationIds) {
        Map<Long, Long> counts = new HashMap<>();
        organisationIds.forEach(id -> counts.put(id, 0L));
        if (!organisationIds.isEmpty()) {
            em.createNamedQuery(Event.COUNTS_BY_ORGANISATION, Object[].class)
                    .setParameter("organisations", List.copyOf(organisationIds))
                    .getResultList()
                    .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return counts;
    }

    /**
     * One event of the organizer's organisation.
     *
     * @throws UnknownEventException also for an event of another organisation or of none: the same
     *     answer as for an id that does not exist, so that nobody learns which ids other
     *     organisations have
     */
    public Event get(Account organizer, long eventId) {
        return ofOrganisation(organizer, eventId, LockModeType.NONE);
    }

    /**
     * One event of the organizer's organisation, its row locked until the caller's transaction
     * ends: changes of one event (a ticket type added while the event is published, two editors
     * saving at once) run one after the other, and the later one sees what the earlier one did
     * (a type added to a draft that was published meanwhile is refused as for a published event,
     * not left without inventory). The wait for the lock is bounded. The change gives the event a
     * new version, whatever it changes (a ticket type added too), and is made only against the
     * version the caller read, when it names one.
     *
     * @param expectedVersion the version the caller read (an {@code If-Match}); null: whatever it is
     * @throws UnknownEventException as {@link #get}
     * @throws EventBusyException when another change keeps the row locked past the bounded wait
     * @throws EventChangedException when the event is at another version than {@code expectedVersion}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Event getForChange(Account organizer, long eventId, Long expectedVersion) {
        // locked as it is read, before anything else of this transaction reads it: a row read first
        // and locked afterwards would be compared with the version read, and a change committed in
        // between would fail this one with an optimistic lock instead of waiting for it
        Event event = lockTimeouts.bounded(
                em, () -> ofOrganisation(organizer, eventId, LockModeType.PESSIMISTIC_WRITE), EventBusyException::new);
        if (expectedVersion != null && expectedVersion != event.version()) {
            throw new EventChangedException(eventId, expectedVersion, event.version());
        }
        em.lock(event, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return event;
    }

    /**
     * One event of this organisation, for an API client of it, which is no organizer's account.
     *
     * @throws UnknownEventException as {@link #get}
     */
    public Event getOfOrganisation(long organisationId, long eventId) {
        return ofOrganisation(Optional.of(organisationId), eventId, LockModeType.NONE);
    }

    private Event ofOrganisation(Account organizer, long eventId, LockModeType lock) {
        return ofOrganisation(organizer.organisationAsOrganizer(), eventId, lock);
    }

    private Event ofOrganisation(Optional<Long> organisationId, long eventId, LockModeType lock) {
        return organisationId
                .flatMap(organisation -> em.createNamedQuery(Event.OF_ORGANISATION_BY_ID, Event.class)
                        .setParameter("id", eventId)
                        .setParameter("organisation", organisation)
                        .setLockMode(lock)
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> new UnknownEventException(eventId));
    }
}
