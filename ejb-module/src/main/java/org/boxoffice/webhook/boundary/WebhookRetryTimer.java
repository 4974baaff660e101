package org.boxoffice.webhook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
 * Every {@code boxoffice.webhooks.poll-seconds} hands the deliveries that are due to the queue
 * again: retries whose wait is over, and deliveries whose lease ran out (the instance that had
 * them died, or the message was lost). A timer of this instance only, not persistent: every
 * instance runs one, and {@link WebhookOutbox#handOverDue} lets one of them hand each over.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRetryTimer {

    private static final Logger LOG = Logger.getLogger(WebhookRetryTimer.class.getName());

    static final int BATCH = 100;

    /** Batches in one run at most: a larger backlog waits for the next run. */
    static final int MAX_BATCHES = 20;

    @EJB
    WebhookOutbox outbox;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.webhooks.poll-seconds", defaultValue = "15")
    long pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("webhook-deliveries", false));
    }

    @Timeout
    void handOver() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int batches = 0;
            while (outbox.handOverDue(BATCH) == BATCH && ++batches < MAX_BATCHES) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "handing over due webhook deliveries failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
