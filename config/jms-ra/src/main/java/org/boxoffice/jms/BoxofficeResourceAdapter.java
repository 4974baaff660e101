package org.boxoffice.jms;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * The Artemis resource adapter, with the choice of broker made by environment variables so that
 * production needs no other configuration:
 *
 * <ul>
 *   <li>{@code BOXOFFICE_JMS_URL} unset: an embedded persistent broker starts inside the adapter,
 *       its journal in {@code $BOXOFFICE_DATA_DIR/jms}, reached in-VM (no port is opened).
 *   <li>{@code BOXOFFICE_JMS_URL=tcp://host:61616}: the adapter connects to that external broker,
 *       with {@code BOXOFFICE_JMS_USER} and {@code BOXOFFICE_JMS_PASSWORD}.
 * </ul>
 *
 * The embedded broker redelivers a failed message after {@code BOXOFFICE_JMS_REDELIVERY_DELAY_MS}
 * (1 s), the delay doubling up to a minute, and parks it on {@value #DEAD_LETTER_QUEUE} after
 * {@code BOXOFFICE_JMS_MAX_DELIVERY_ATTEMPTS} (12) attempts, about six minutes; the tests make both small.
 *
 * The broker lives in the adapter, not in the application, because in-VM connections only work
 * within one class loader, and because the broker must outlive redeployments of the application.
 */
public class BoxofficeResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BoxofficeResourceAdapter.class.getName());

    /** Messages that could not be handled after {@link #MAX_DELIVERY_ATTEMPTS} end here, never lost. */
    public static final String DEAD_LETTER_QUEUE = "DLQ";

    public static final String EXPIRY_QUEUE = "ExpiryQueue";
    public static final int MAX_DELIVERY_ATTEMPTS = 12;
    public static final long REDELIVERY_DELAY_MILLIS = 1_000;

    private transient EmbeddedActiveMQ embeddedBroker;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        String url = setting("BOXOFFICE_JMS_URL", "boxoffice.jms.url", "");
        if (url.isBlank()) {
            startEmbeddedBroker();
            setConnectorClassName(InVMConnectorFactory.class.getName());
            setConnectionParameters("serverId=0");
        } else {
            URI broker = URI.create(url.trim());
            if (broker.getHost() == null || broker.getPort() < 0) {
                throw new ResourceAdapterInternalException(
                        "BOXOFFICE_JMS_URL must look like tcp://host:61616, not '" + url + "'");
            }
            LOG.info(() -> "JMS: connecting to the external broker at " + broker.getHost() + ":" + broker.getPort());
            setConnectorClassName(NettyConnectorFactory.class.getName());
            setConnectionParameters("host=" + broker.getHost() + ";port=" + broker.getPort());
            String user = setting("BOXOFFICE_JMS_USER", "boxoffice.jms.user", "");
            if (!user.isBlank()) {
                setUserName(user);
                setPassword(setting("BOXOFFICE_JMS_PASSWORD", "boxoffice.jms.password", ""));
            }
        }
        super.start(context);
    }

    @Override
    public void stop() {
        super.stop();
        if (embeddedBroker != null) {
            try {
                embeddedBroker.stop();
                LOG.info("JMS: embedded broker stopped");
            } catch (Exception e) {
                LOG.log(Level.WARNING, "JMS: the embedded broker did not stop cleanly", e);
            } finally {
                embeddedBroker = null;
            }
        }
    }

    private void startEmbeddedBroker() throws ResourceAdapterInternalException {
        Path directory = Path.of(setting("BOXOFFICE_DATA_DIR", "boxoffice.data.dir", "data"), "jms")
                .toAbsolutePath();
        int attempts = positive(
                "BOXOFFICE_JMS_MAX_DELIVERY_ATTEMPTS", "boxoffice.jms.max-delivery-attempts", MAX_DELIVERY_ATTEMPTS);
        long delay = positive(
                "BOXOFFICE_JMS_REDELIVERY_DELAY_MS", "boxoffice.jms.redelivery-delay-ms", REDELIVERY_DELAY_MILLIS);
        try {
            EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
            broker.setConfiguration(embeddedConfiguration(directory, attempts, delay));
            broker.start();
            embeddedBroker = broker;
            LOG.info(() -> "JMS: embedded persistent broker started, journal in " + directory + "; " + attempts
                    + " delivery attempts, the first redelivery after " + delay + " ms");
        } catch (Exception e) {
            throw new ResourceAdapterInternalException("JMS: the embedded broker did not start in " + directory, e);
        }
    }

    static Configuration embeddedConfiguration(Path directory, int maxDeliveryAttempts, long redeliveryDelayMillis)
            throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setName("boxoffice-embedded")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(directory.resolve("journal").toString())
                .setBindingsDirectory(directory.resolve("bindings").toString())
                .setPagingDirectory(directory.resolve("paging").toString())
                .setLargeMessagesDirectory(directory.resolve("large-messages").toString())
                // A full disk must not silently block every booking's notification send.
                .setMaxDiskUsage(-1)
                // The analyzer halts a broker whose disk is slow; a development laptop is allowed to be.
                .setCriticalAnalyzer(false)
                .addAcceptorConfiguration("in-vm", "vm://0");
        configuration.addAddressSetting(
                "#",
                new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                        .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                        .setMaxDeliveryAttempts(maxDeliveryAttempts)
                        .setRedeliveryDelay(redeliveryDelayMillis)
                        .setRedeliveryMultiplier(2.0)
                        .setMaxRedeliveryDelay(60_000)
                        .setAutoCreateQueues(true)
                        .setAutoCreateAddresses(true));
        // a dead letter that an admin's resend rolled back stays on the queue however often that
        // happens: there is no further queue to move it to
        configuration.addAddressSetting(
                DEAD_LETTER_QUEUE,
                new AddressSettings()
                        .setMaxDeliveryAttempts(-1)
                        .setRedeliveryDelay(0)
                        .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                        .setAutoCreateQueues(true)
                        .setAutoCreateAddresses(true));
        for (String queue : new String[] {DEAD_LETTER_QUEUE, EXPIRY_QUEUE}) {
            configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        }
        return configuration;
    }

    /** A whole number above 0 from {@link #setting}; anything else is refused at start. */
    private static int positive(String environmentVariable, String systemProperty, int defaultValue)
            throws ResourceAdapterInternalException {
        return (int) positive(environmentVariable, systemProperty, (long) defaultValue);
    }

    private static long positive(String environmentVariable, String systemProperty, long defaultValue)
            throws ResourceAdapterInternalException {
        String value = setting(environmentVariable, systemProperty, String.valueOf(defaultValue));
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0 && number <= Integer.MAX_VALUE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ResourceAdapterInternalException(
                environmentVariable + " must be a whole number above 0, not '" + value + "'");
    }

    /** Environment first, then a system property, then the default. */
    private static String setting(String environmentVariable, String systemProperty, String defaultValue) {
        String value = System.getenv(environmentVariable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(systemProperty);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
