package org.boxoffice.notification.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;

/**
 * A {@link Notice} as a JMS map message: the key and the kind as properties (an operator browsing
 * the dead-letter queue sees them), the ids in the map.
 */
public final class NoticeMessages {

    /** The property that names a notification for good: a redelivered message has the same. */
    public static final String KEY = "notificationKey";

    public static final String KIND = "kind";

    static final String TEMPLATE = "template";
    static final String ACCOUNT = "accountId";
    static final String BOOKING = "bookingId";
    static final String EVENT = "eventId";
    static final String PAYMENT = "paymentId";
    static final String REPORT = "reportId";
    static final String MODERATION = "moderationId";
    static final String TO = "to";
    static final String SECRET = "secret";
    static final String PORTAL = "portal";
    static final String CHANGES = "changes";
    static final String AFTER = "after";
    static final String MESSAGE = "messageId";

    private NoticeMessages() {}

    public static void write(Notice notice, MapMessage message) throws JMSException {
        message.setStringProperty(KEY, notice.key());
        message.setStringProperty(KIND, notice.kind().name());
        message.setString(TEMPLATE, notice.template().name());
        setLong(message, ACCOUNT, notice.accountId());
        setLong(message, BOOKING, notice.bookingId());
        setLong(message, EVENT, notice.eventId());
        setLong(message, PAYMENT, notice.paymentId());
        setLong(message, REPORT, notice.reportId());
        setLong(message, MODERATION, notice.moderationId());
        setString(message, TO, notice.to());
        setString(message, SECRET, notice.secret());
        setString(message, PORTAL, notice.portal());
        setString(message, CHANGES, notice.changes());
        message.setLong(AFTER, notice.after());
        setLong(message, MESSAGE, notice.messageId());
    }

    /**
     * @throws IllegalArgumentException for a message that is no notice: of another form, without a
     *     key, or naming a mail that does not exist
     */
    public static Notice read(Message message) throws JMSException {
        if (!(message instanceof MapMessage map)) {
            throw new IllegalArgumentException("not a map message: " + message);
        }
        String key = message.getStringProperty(KEY);
        String template = map.getString(TEMPLATE);
        if (key == null || template == null) {
            throw new IllegalArgumentException("a notification message without its key or template");
        }
        return new Notice(
                key,
                Template.valueOf(template),
                getLong(map, ACCOUNT),
                getLong(map, BOOKING),
                getLong(map, EVENT),
                getLong(map, PAYMENT),
                getLong(map, REPORT),
                getLong(map, MODERATION),
                map.getString(TO),
                map.getString(SECRET),
                map.getString(PORTAL),
                map.getString(CHANGES),
                map.itemExists(AFTER) ? map.getLong(AFTER) : 0,
                getLong(map, MESSAGE));
    }

    private static void setLong(MapMessage message, String name, Long value) throws JMSException {
        if (value != null) {
            message.setLong(name, value);
        }
    }

    private static void setString(MapMessage message, String name, String value) throws JMSException {
        if (value != null) {
            message.setString(name, value);
        }
    }

    private static Long getLong(MapMessage message, String name) throws JMSException {
        return message.itemExists(name) ? message.getLong(name) : null;
    }
}
