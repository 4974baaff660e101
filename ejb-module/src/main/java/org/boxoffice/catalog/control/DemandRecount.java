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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps {@code event.tickets_taken} (tickets held or sold) and {@code event.tickets_left} of the
 * upcoming published events up to date: what the search sorts "most popular" by and filters
 * "available only" by. Counting here rather than in each booking keeps buyers of a hot event from
 * queueing on the event's row; the figures are at most {@code
 * boxoffice.catalog.demand-recount-seconds} (60) old (a page's "sold out" is exact, see {@code
 * Catalog.listings}).
 *
 * <p>Each run recounts only the events whose bookings changed since the run before (with a minute
 * of overlap, for transactions that were still open then); publication and holding seats back
 * count their event at once. Every {@code boxoffice.catalog.demand-full-recount-seconds} (3600),
 * and on the first run after a start, every upcoming event is recounted instead: the safety net
 * for inventory changed outside the platform (an import, a repair by hand). Only events whose
 * figures changed are written.
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

    @Inject
    @ConfigProperty(name = "boxoffice.catalog.demand-full-recount-seconds", defaultValue = "3600")
    long fullRecountSeconds;

    /** How far before the last run a run looks: a booking changed in a transaction open then commits later. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    private final AtomicBoolean running = new AtomicBoolean();

    /** When the last run started, and the last full recount; null before the first. */
    private volatile OffsetDateTime lastRun;

    private volatile OffsetDateTime lastFull;

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
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            boolean full = lastFull == null || !now.isBefore(lastFull.plusSeconds(Math.max(1, fullRecountSeconds)));
            int changed = full ? recount() : recountChangedSince(lastRun.minus(OVERLAP));
            if (full) {
                lastFull = now;
            }
            lastRun = now;
            long millis = (System.nanoTime() - started) / 1_000_000;
            Level level = millis > 10_000 ? Level.WARNING : Level.FINE;
            LOG.log(
                    level,
                    () -> (full ? "all events" : "events with changed bookings") + " recounted in " + millis + " ms: "
                            + changed + " events changed");
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

    /**
     * Recounts the upcoming published events with bookings changed (held, confirmed, expired,
     * cancelled, refunded) after {@code since}, in the caller's transaction; how many changed.
     */
    public int recountChangedSince(OffsetDateTime since) {
        return em.createNativeQuery("update event set tickets_taken = " + TAKEN + ", tickets_left = " + LEFT
                        + " where id in (select b.event_id from booking b where b.changed_at > ?1)"
                        + " and status = 'PUBLISHED' and ends_at > ?2"
                        + " and (tickets_taken <> " + TAKEN + " or tickets_left <> " + LEFT + ")")
                .setParameter(1, since)
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Counts one event now, as its publication makes its inventory or seats are held back. */
    public void recount(long eventId) {
        em.createNativeQuery(
                        "update event set tickets_taken = " + TAKEN + ", tickets_left = " + LEFT + " where id = ?1")
                .setParameter(1, eventId)
                .executeUpdate();
    }
}
