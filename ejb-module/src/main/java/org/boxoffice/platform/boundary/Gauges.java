package org.boxoffice.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.notification.boundary.DeadLetters;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.platform.control.CachedGauge;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The gauges of the application's metrics: holds running now (from the database, the same on
 * every instance) and the depths of the notification queue and the dead-letter queue (from the
 * broker). Each is read at most once per {@code boxoffice.metrics.gauge-max-age} (5 seconds by
 * default), on the thread of the scrape that finds it older ({@link CachedGauge}): a scrape costs
 * one short query and two queue browses at most, and nothing is read while nobody scrapes.
 *
 * <p>Payara reads gauges on its own {@code /metrics} thread, outside the application; a contextual
 * proxy made here, at start, gives each reading the application's naming context and class loader,
 * which the calls to the boundaries need.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Gauges {

    /** A longer queue is counted up to here: browsing it whole on every scrape would cost too much. */
    static final int QUEUE_COUNT_LIMIT = 10_000;

    @Inject
    MetricRegistry registry;

    @Inject
    Bookings bookings;

    @Inject
    Diagnostics diagnostics;

    @Resource
    ContextService contexts;

    @Inject
    @ConfigProperty(name = "boxoffice.metrics.gauge-max-age", defaultValue = "PT5S")
    Duration maxAge;

    @PostConstruct
    void register() {
        gauge(
                "boxoffice.holds.active",
                "Holds running now (held, not expired), in the whole system: read from the database",
                () -> bookings.activeHolds());
        gauge(
                "boxoffice.notifications.queued",
                "Notifications waiting in the broker's queue for the mailer (counted up to " + QUEUE_COUNT_LIMIT + ")",
                () -> diagnostics.queued(Notifications.QUEUE, QUEUE_COUNT_LIMIT));
        gauge(
                "boxoffice.dead.letters",
                "Messages on the broker's dead-letter queue, waiting for an admin (counted up to " + QUEUE_COUNT_LIMIT
                        + ")",
                () -> diagnostics.queued(DeadLetters.QUEUE, QUEUE_COUNT_LIMIT));
    }

    private void gauge(String name, String description, LongSupplier source) {
        LongSupplier inApplication = contexts.createContextualProxy(source, LongSupplier.class);
        CachedGauge gauge = new CachedGauge(name, inApplication, maxAge, System::nanoTime);
        registry.gauge(
                Metadata.builder().withName(name).withDescription(description).build(), gauge, CachedGauge::value);
    }
}
