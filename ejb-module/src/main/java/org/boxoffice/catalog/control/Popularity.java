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
 * Recounts the tickets held or sold of each upcoming published event into {@code
 * event.tickets_taken}, which the search sorts "most popular" by, every {@code
 * boxoffice.catalog.popularity-refresh-seconds} (60). Counting here rather than in each booking
 * keeps buyers of a hot event from queueing on the event's row; the order is at most a minute
 * old. Only rows whose count changed are written.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Popularity {

    private static final Logger LOG = Logger.getLogger(Popularity.class.getName());

    static final String TAKEN = "(select coalesce(sum(a.taken), 0) from allotment a"
            + " join ticket_type t on t.id = a.ticket_type_id where t.event_id = event.id)"
            + " + (select count(*) from event_seat s where s.event_id = event.id and s.status in ('HELD', 'SOLD'))";

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.catalog.popularity-refresh-seconds", defaultValue = "60")
    long refreshSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, refreshSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("popularity", false));
    }

    /** One recount; a recount still running when the next is due makes that one skip. */
    @Timeout
    void refresh() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int changed = recount();
            if (changed > 0) {
                LOG.fine(() -> "popularity recounted: " + changed + " events changed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "popularity recount failed; the next one tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Recounts now, in the caller's transaction (the timer's own); how many events changed. */
    public int recount() {
        return em.createNativeQuery("update event set tickets_taken = " + TAKEN
                        + " where status = 'PUBLISHED' and ends_at > ?1 and tickets_taken <> " + TAKEN)
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
