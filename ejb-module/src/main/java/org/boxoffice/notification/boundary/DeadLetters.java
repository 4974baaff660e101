package org.boxoffice.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.boxoffice.notification.control.NoticeMessages;

/**
 * The messages the broker gave up on after its last attempt, on the dead-letter queue {@value
 * #QUEUE}: what an operator looks at (and sends again, or not) when mails did not go out. Read
 * without taking them off the queue.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadLetters {

    /** The broker's dead-letter queue (see the resource adapter in config/jms-ra). */
    public static final String QUEUE = "DLQ";

    /** Artemis names the queue a dead letter came from in this property. */
    static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    /**
     * A message on the dead-letter queue.
     *
     * @param notificationKey its key, for a notification; else null
     * @param kind its kind of notification; else null
     * @param queue the queue it was sent to
     * @param sentAt when its sender sent it
     */
    public record DeadLetter(String id, String notificationKey, String kind, String queue, OffsetDateTime sentAt) {}

    @Resource(lookup = Notifications.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    /** The oldest {@code max} messages on the dead-letter queue, oldest first. */
    public List<DeadLetter> oldest(int max) {
        List<DeadLetter> letters = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(QUEUE))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < max) {
                Message message = (Message) messages.nextElement();
                letters.add(new DeadLetter(
                        message.getJMSMessageID(),
                        message.getStringProperty(NoticeMessages.KEY),
                        message.getStringProperty(NoticeMessages.KIND),
                        message.propertyExists(ORIGINAL_QUEUE) ? message.getStringProperty(ORIGINAL_QUEUE) : null,
                        OffsetDateTime.ofInstant(Instant.ofEpochMilli(message.getJMSTimestamp()), ZoneOffset.UTC)));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(
                    "could not read the dead-letter queue: " + e.getMessage(), e.getErrorCode(), e);
        }
        return letters;
    }
}
