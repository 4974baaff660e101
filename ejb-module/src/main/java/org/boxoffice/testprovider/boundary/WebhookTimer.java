package org.boxoffice.testprovider.boundary;

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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.payment.control.WebhookSignature;
import org.boxoffice.testprovider.control.TestProviderSwitch;
import org.boxoffice.testprovider.control.WebhookSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the test provider's webhook events every {@value #INTERVAL_SECONDS} seconds: those that are
 * due, {@value #BATCH} at a time, to {@code boxoffice.payment.test-provider.webhook-url} (the
 * platform's own {@code http://localhost:<boxoffice.http.port>/api/v1/payments/webhooks/test} by
 * default), signed with {@code boxoffice.payment.test-provider.webhook-secret}. A timer of this
 * instance only, not persistent: every instance runs one, and {@link WebhookDeliveries#claim} keeps
 * them off each other's events. Off while the test provider is ({@link TestProviderSwitch}), when
 * {@code boxoffice.payment.test-provider.webhooks} is false, or when there is no secret to sign
 * with; the events then wait in the outbox.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookTimer {

    private static final Logger LOG = Logger.getLogger(WebhookTimer.class.getName());

    static final int INTERVAL_SECONDS = 2;

    static final int BATCH = 20;

    /** Batches in one run at most: a backlog larger than this waits for the next run. */
    static final int MAX_BATCHES = 50;

    @EJB
    WebhookDeliveries deliveries;

    @Inject
    TestProviderSwitch testProvider;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.webhooks", defaultValue = "true")
    boolean webhooks;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.webhook-url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.webhook-secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.webhook-tolerance-seconds", defaultValue = "300")
    long toleranceSeconds;

    @Inject
    @ConfigProperty(name = "boxoffice.http.port", defaultValue = "8080")
    int port;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    private URI url;
    private WebhookSender sender;

    /** The longest one delivery takes: the sender's timeout to connect, and again for the answer. */
    private Duration perAttempt;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (!testProvider.on() || !webhooks) {
            return;
        }
        WebhookSignature signature =
                new WebhookSignature("test", secret.orElse(null), Duration.ofSeconds(toleranceSeconds));
        if (!signature.hasSecret()) {
            LOG.warning("the test provider sends no webhooks: boxoffice.payment.test-provider.webhook-secret"
                    + " (BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOK_SECRET) is not set");
            return;
        }
        url = URI.create(webhookUrl(configuredUrl, port));
        Duration timeout = Duration.ofMillis(Math.max(100, timeoutMillis));
        perAttempt = timeout.multipliedBy(2);
        sender = new WebhookSender(signature, timeout, Clock.systemUTC());
        long interval = INTERVAL_SECONDS * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("test-provider-webhooks", false));
    }

    /** Where the webhooks go: the configured address, or the platform's own endpoint on this machine. */
    static String webhookUrl(Optional<String> configured, int port) {
        return configured
                .map(String::strip)
                .filter(given -> !given.isEmpty())
                .orElse("http://localhost:" + port + "/api/v1/payments/webhooks/test");
    }

    @Timeout
    void sendOnTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int batches = 0;
            List<WebhookDeliveries.Due> due;
            do {
                due = deliveries.claim(BATCH, perAttempt);
                for (WebhookDeliveries.Due event : due) {
                    deliveries.attempted(event.eventId(), sender.send(url, event.eventId(), event.payload()));
                }
            } while (due.size() == BATCH && ++batches < MAX_BATCHES);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending the test provider's webhooks failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
