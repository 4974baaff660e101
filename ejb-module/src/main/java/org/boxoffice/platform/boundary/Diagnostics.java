package org.boxoffice.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Enumeration;
import javax.sql.DataSource;
import org.boxoffice.notification.boundary.Notifications;

/** Probes of what the application depends on, for the readiness checks and the metrics. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Diagnostics {

    /** The result of one probe, with a detail for the operator. */
    public record Probe(boolean up, String detail) {}

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = Notifications.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    public Probe database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean valid = connection.isValid(2);
            return new Probe(valid, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (Exception e) {
            return new Probe(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public Probe broker() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createQueue(Notifications.QUEUE);
            return new Probe(true, context.getMetaData().getJMSProviderName());
        } catch (Exception e) {
            return new Probe(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * How many messages wait in the queue, counted up to {@code limit} by browsing it (a message a
     * listener is working on at this moment may not be counted).
     */
    public long queued(String queue, int limit) {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
            Enumeration<?> messages = browser.getEnumeration();
            long count = 0;
            while (count < limit && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (JMSException e) {
            throw new JMSRuntimeException(
                    "could not browse the queue " + queue + ": " + e.getMessage(), e.getErrorCode(), e);
        }
    }
}
