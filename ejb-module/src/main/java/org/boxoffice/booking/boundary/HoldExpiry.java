package org.boxoffice.booking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends holds that ran out, and the bookings of events their organizers cancelled, every {@code boxoffice.booking.expiry-seconds} (5), in batches of
 * {@code boxoffice.booking.expiry-batch} (100) bookings, each batch a transaction of its own
 * ({@link Bookings#expireHolds}), so that no run locks many rows for long. A run still going when
 * the next is due makes that one skip. A timer of this instance only, not persistent: every
 * instance runs one, and {@code SKIP LOCKED} keeps them off each other's bookings.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());

    /** Batches in one run at most: a backlog larger than this waits for the next run. */
    static final int MAX_BATCHES = 100;

    /** Bookings of cancelled events ended in one transaction. */
    static final int CANCELLED_EVENT_BATCH = 20;

    @EJB
    Bookings bookings;

    @EJB
    Checkout checkout;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.booking.expiry-seconds", defaultValue = "5")
    long expirySeconds;

    @Inject
    @ConfigProperty(name = "boxoffice.booking.expiry-batch", defaultValue = "100")
    int batch;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, expirySeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("hold-expiry", false));
    }

    @Timeout
    void expireOnTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int total = 0;
            int ended;
            int batches = 0;
            do {
                ended = bookings.expireHolds(Math.max(1, batch));
                total += ended;
            } while (ended == Math.max(1, batch) && ++batches < MAX_BATCHES);
            // bookings of events cancelled by their organizers: refunded or cancelled, a few at a
            // time (each refund is a call to the payment provider)
            int cancelled;
            batches = 0;
            do {
                cancelled = checkout.endBookingsOfCancelledEvents(CANCELLED_EVENT_BATCH);
                total += cancelled;
            } while (cancelled == CANCELLED_EVENT_BATCH && ++batches < MAX_BATCHES);
            if (total > 0) {
                int count = total;
                LOG.fine(() -> count + " holds expired or bookings of cancelled events ended");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ending expired holds failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
