package org.boxoffice.catalog.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recounts, every {@code boxoffice.catalog.demand-recount-seconds} (60), the tickets held or sold
 * and the tickets left of each upcoming published event into {@code event.tickets_taken} and
 * {@code event.tickets_left}: what the search sorts "most popular" by and filters "available only"
 * by. Counting here rather than in each booking keeps buyers of a hot event from queueing on the
 * event's row; the figures are at most a minute old (a page's "sold out" is exact, see {@code
 * Catalog.listings}). Only events whose figures changed are written.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemandRecount {

    private static final Logger LOG = Logger.getLogger(DemandRecount.class.getName());

    /** General-admission places taken plus seats held or sold, of the event being updated. */
    static final String TAKEN = "(select coalesce(sum(a.taken), 0) from allotment a"
            + " join ticket_type t on t.id = a.ticket_type_id where t.event_id = event.id)"
            + " + (select count(*) from event_seat s where s.event_id = event.id and s.status in ('HELD', 'SOLD'))";

    /** General-admission places left plus seats free, of the event being updated. */
    static final String LEFT = "(select coalesce(sum(a.capacity - a.taken), 0) from allotment a"
            + " join ticket_type t on t.id = a.ticket_type_id where t.event_id = event.id)"
            + " + (select count(*) from event_seat s where s.event_id = event.id and s.status = 'FREE')";

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.catalog.demand-recount-seconds", defaultValue = "60")
    long recountSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, recountSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("demand-recount", false));
    }

    /** One recount; a recount still running when the next is due makes that one skip. */
    @Timeout
    void recountOnTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            int changed = recount();
            long millis = (System.nanoTime() - started) / 1_000_000;
            Level level = millis > 10_000 ? Level.WARNING : Level.FINE;
            LOG.log(level, () -> "demand recounted in " + millis + " ms: " + changed + " events changed");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demand recount failed; the next one tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Recounts the upcoming published events now, in the caller's transaction; how many changed. */
    public int recount() {
        return em.createNativeQuery("update event set tickets_taken = " + TAKEN + ", tickets_left = " + LEFT
                        + " where status = 'PUBLISHED' and ends_at > ?1"
                        + " and (tickets_taken <> " + TAKEN + " or tickets_left <> " + LEFT + ")")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Counts one event now, as its publication makes its inventory. */
    public void recount(long eventId) {
        em.createNativeQuery(
                        "update event set tickets_taken = " + TAKEN + ", tickets_left = " + LEFT + " where id = ?1")
                .setParameter(1, eventId)
                .executeUpdate();
    }
}
