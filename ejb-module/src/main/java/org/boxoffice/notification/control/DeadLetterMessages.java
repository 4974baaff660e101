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

    /** The properties of our messages that the page shows in their own columns. */
    static final String KIND = "kind";

    static final String NOTIFICATION_KEY = "notificationKey";

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

    public static DeadLetter read(Message message, int attempts) throws JMSException {
        String jmsId = Optional.ofNullable(message.getJMSMessageID()).orElse("");
        String id = jmsId.startsWith(JMS_ID_PREFIX) ? jmsId.substring(JMS_ID_PREFIX.length()) : jmsId;
        Map<String, String> ids = new TreeMap<>();
        for (Object property : Collections.list(message.getPropertyNames())) {
            String name = (String) property;
            if (isIdName(name)) {
                ids.put(name, String.valueOf(message.getObjectProperty(name)));
            }
        }
        if (message instanceof MapMessage map) {
            for (Object entry : Collections.list(map.getMapNames())) {
                String name = (String) entry;
                if (isIdName(name)) {
                    ids.putIfAbsent(name, String.valueOf(map.getObject(name)));
                }
            }
        }
        long timestamp = message.getJMSTimestamp();
        return new DeadLetter(
                id,
                text(message.getStringProperty(ORIGINAL_ADDRESS)),
                text(message.getStringProperty(KIND)),
                text(message.getStringProperty(NOTIFICATION_KEY)),
                recipient(message),
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

    static boolean isIdName(String name) {
        return name.length() > 2 && name.endsWith("Id") && !isBrokers(name);
    }

    private static String recipient(Message message) throws JMSException {
        for (String name : new String[] {"recipient", "to"}) {
            String value = message.getStringProperty(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        if (message instanceof MapMessage map && map.itemExists("to")) {
            return text(map.getString("to"));
        }
        return "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
