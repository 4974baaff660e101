package org.boxoffice.notification.control;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.boxoffice.notification.entity.DeadLetter;

/**
 * Reads messages of the dead-letter queue and copies them for sending again. The broker (ActiveMQ
 * Artemis) keeps the body and the properties of a dead letter and adds the address it failed on in
 * {@value #ORIGINAL_ADDRESS}; it keeps no count of the failed deliveries, so the count shown is the
 * broker's limit, after which it parks a message.
 */
public final class DeadLetterMessages {

    /** Where Artemis notes the address a message was sent to before it was moved. */
    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    private static final String JMS_ID_PREFIX = "ID:";

    /** Artemis' message ids are UUIDs; anything else names no message and never reaches a selector. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private DeadLetterMessages() {}

    /** Whether this can be a dead letter's id; only such ids are put into a selector. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The selector that picks the message of this id (checked by {@link #isId} first). */
    public static String selector(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a message id: " + id);
        }
        return "JMSMessageID = '" + JMS_ID_PREFIX + id + "'";
    }

    /**
     * A dead letter as {@link NoticeMessages} wrote it: the key and the kind from its properties, the
     * recipient (an account mail's address) and the ids from its map; a message of another form shows
     * its id, queue and time only.
     */
    public static DeadLetter read(Message message, int attempts) throws JMSException {
        String jmsId = Optional.ofNullable(message.getJMSMessageID()).orElse("");
        String id = jmsId.startsWith(JMS_ID_PREFIX) ? jmsId.substring(JMS_ID_PREFIX.length()) : jmsId;
        Map<String, String> ids = new TreeMap<>();
        String recipient = "";
        if (message instanceof MapMessage map) {
            for (Object entry : Collections.list(map.getMapNames())) {
                String name = (String) entry;
                if (isIdName(name)) {
                    ids.put(name, String.valueOf(map.getObject(name)));
                }
            }
            recipient = text(map.getString(NoticeMessages.TO));
        }
        long timestamp = message.getJMSTimestamp();
        return new DeadLetter(
                id,
                text(message.getStringProperty(ORIGINAL_ADDRESS)),
                text(message.getStringProperty(NoticeMessages.KIND)),
                text(message.getStringProperty(NoticeMessages.KEY)),
                recipient,
                ids,
                timestamp <= 0 ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(timestamp), ZoneOffset.UTC),
                attempts);
    }

    /**
     * A copy with the same body and the same properties, except the broker's own (which a send
     * sets anew): sent to the original queue, it is delivered as the first time.
     *
     * @return empty for a body of a form the platform never sends (an object, a stream)
     */
    public static Optional<Message> copy(JMSContext context, Message original) throws JMSException {
        Message copy;
        if (original instanceof MapMessage map) {
            MapMessage mapCopy = context.createMapMessage();
            for (Object name : Collections.list(map.getMapNames())) {
                mapCopy.setObject((String) name, map.getObject((String) name));
            }
            copy = mapCopy;
        } else if (original instanceof TextMessage text) {
            copy = context.createTextMessage(text.getText());
        } else if (original instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage bytesCopy = context.createBytesMessage();
            bytesCopy.writeBytes(body);
            copy = bytesCopy;
        } else if (original instanceof ObjectMessage || original instanceof StreamMessage) {
            return Optional.empty();
        } else {
            copy = context.createMessage();
        }
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            if (!isBrokers(property)) {
                copy.setObjectProperty(property, original.getObjectProperty(property));
            }
        }
        copy.setJMSType(original.getJMSType());
        copy.setJMSCorrelationID(original.getJMSCorrelationID());
        return Optional.of(copy);
    }

    /** Properties the broker or the JMS provider set: {@code _AMQ_*}, {@code __AMQ_*}, {@code JMSX*}. */
    static boolean isBrokers(String property) {
        return property.startsWith("_AMQ")
                || property.startsWith("__AMQ")
                || property.startsWith("JMSX")
                || property.startsWith("JMS_");
    }

    /** A map entry that holds an id: {@code accountId}, {@code bookingId}, {@code eventId}, {@code paymentId}. */
    static boolean isIdName(String name) {
        return name.length() > 2 && name.endsWith("Id");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
