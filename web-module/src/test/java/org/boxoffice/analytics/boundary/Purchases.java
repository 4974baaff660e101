package org.boxoffice.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Consents;

/**
 * The user analytics' test data: accounts and their analytics choices through the account
 * boundaries; confirmed bookings with their tickets written as rows, because the figures count
 * them on past days (years back, where no other test's data lies) that no booking made today has.
 */
@Stateless
public class Purchases {

    @Inject
    Accounts accounts;

    @Inject
    Consents consents;

    @PersistenceContext
    EntityManager em;

    /** Records the account's analytics choice as its owner makes it in the privacy settings. */
    public void analytics(long accountId, boolean allowed) {
        consents.changePreferences(accounts.get(accountId), false, allowed, "192.0.2.1");
    }

    /** Back-dates the account's creation. */
    public void created(long accountId, OffsetDateTime at) {
        em.createNativeQuery("update account set created_at = ?1 where id = ?2")
                .setParameter(1, at)
                .setParameter(2, accountId)
                .executeUpdate();
    }

    /** A confirmed booking of {@code tickets} tickets of the type, issued at {@code at}; the booking's id. */
    public long confirmed(long accountId, long eventId, long ticketTypeId, int tickets, OffsetDateTime at) {
        long booking = next("booking_seq");
        em.createNativeQuery("insert into booking (id, account_id, event_id, status, total_amount, total_currency,"
                        + " created_at, expires_at, changed_at, version)"
                        + " values (?1, ?2, ?3, 'CONFIRMED', 0, 'EUR', ?4, ?5, ?4, 1)")
                .setParameter(1, booking)
                .setParameter(2, accountId)
                .setParameter(3, eventId)
                .setParameter(4, at.minusMinutes(5))
                .setParameter(5, at.plusMinutes(10))
                .executeUpdate();
        for (int i = 0; i < tickets; i++) {
            em.createNativeQuery(
                            "insert into ticket (id, booking_id, event_id, ticket_type_id, code, status, created_at)"
                                    + " values (?1, ?2, ?3, ?4, ?5, 'VALID', ?6)")
                    .setParameter(1, next("ticket_seq"))
                    .setParameter(2, booking)
                    .setParameter(3, eventId)
                    .setParameter(4, ticketTypeId)
                    .setParameter(5, "analytics-" + UUID.randomUUID())
                    .setParameter(6, at)
                    .executeUpdate();
        }
        return booking;
    }

    /** The name of the event's category. */
    public String category(long eventId) {
        return (String) em.createNativeQuery(
                        "select g.name from category g join event e on e.category_id = g.id where e.id = ?1")
                .setParameter(1, eventId)
                .getSingleResult();
    }

    /** Moves the event's venue to the city. */
    public void city(long eventId, String city) {
        em.createNativeQuery("update venue set city = ?1 where id = (select venue_id from event where id = ?2)")
                .setParameter(1, city)
                .setParameter(2, eventId)
                .executeUpdate();
    }

    private long next(String sequence) {
        return ((Number) em.createNativeQuery("select nextval('" + sequence + "')")
                        .getSingleResult())
                .longValue();
    }
}
