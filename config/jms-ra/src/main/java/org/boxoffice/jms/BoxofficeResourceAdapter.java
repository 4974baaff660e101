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
 * The broker lives in the adapter, not in the application, because in-VM connections only work
 * within one class loader, and because the broker must outlive redeployments of the application.
 */
public class BoxofficeResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BoxofficeResourceAdapter.class.getName());

    /** Messages that could not be handled after {@link #MAX_DELIVERY_ATTEMPTS} end here, never lost. */
    public static final String DEAD_LETTER_QUEUE = "DLQ";

    public static final String EXPIRY_QUEUE = "ExpiryQueue";

    /**
     * Deliveries of a message before it goes to the dead-letter queue, unless {@code
     * BOXOFFICE_JMS_MAX_DELIVERY_ATTEMPTS} says otherwise; between them the broker waits {@link
     * #REDELIVERY_DELAY_MS} ({@code BOXOFFICE_JMS_REDELIVERY_DELAY_MS}), doubled each time, at most
     * a minute. Tests shorten both, so that a message reaches the dead-letter queue in seconds.
     */
    public static final int MAX_DELIVERY_ATTEMPTS = 5;

    public static final long REDELIVERY_DELAY_MS = 1_000;

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
        try {
            EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
            broker.setConfiguration(embeddedConfiguration(directory));
            broker.start();
            embeddedBroker = broker;
            LOG.info(() -> "JMS: embedded persistent broker started, journal in " + directory);
        } catch (Exception e) {
            throw new ResourceAdapterInternalException("JMS: the embedded broker did not start in " + directory, e);
        }
    }

    static Configuration embeddedConfiguration(Path directory) throws Exception {
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
                        .setMaxDeliveryAttempts(Integer.parseInt(setting(
                                "BOXOFFICE_JMS_MAX_DELIVERY_ATTEMPTS",
                                "boxoffice.jms.max-delivery-attempts",
                                String.valueOf(MAX_DELIVERY_ATTEMPTS))))
                        .setRedeliveryDelay(Long.parseLong(setting(
                                "BOXOFFICE_JMS_REDELIVERY_DELAY_MS",
                                "boxoffice.jms.redelivery-delay-ms",
                                String.valueOf(REDELIVERY_DELAY_MS))))
                        .setRedeliveryMultiplier(2.0)
                        .setMaxRedeliveryDelay(60_000)
                        .setAutoCreateQueues(true)
                        .setAutoCreateAddresses(true));
        for (String queue : new String[] {DEAD_LETTER_QUEUE, EXPIRY_QUEUE}) {
            configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        }
        return configuration;
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
