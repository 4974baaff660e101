package org.boxoffice.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.boxoffice.notification.control.NoticeMessages;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Notification;
import org.boxoffice.notification.entity.NotificationPreference;
import org.boxoffice.notification.entity.SentNotification;
import org.boxoffice.platform.entity.Page;

/**
 * Sends notifications through the {@value #QUEUE} queue and reads a customer's inbox.
 *
 * <p>The connection factory comes from the project's resource adapter "jms-ra" with XA
 * transactions: a send joins the caller's JTA transaction and is delivered only if it commits.
 * A message carries a {@link Notice} (which mail, about which ids), never a rendered text: {@link
 * NotificationListener} writes the mail when it goes out.
 *
 * <p>An external broker ({@code BOXOFFICE_JMS_URL}) requires a login: the pool's user and password
 * are the broker account's, from {@code BOXOFFICE_JMS_USER} and {@code BOXOFFICE_JMS_PASSWORD}.
 * Payara signs every connection of the pool in with them (the resource adapter's own defaults are
 * not used for a pool's connections); the embedded broker checks no login.
 */
@Stateless
@ConnectionFactoryDefinition(
        name = Notifications.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "jms-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        minPoolSize = 0,
        maxPoolSize = 32,
        properties = {"UserName=${ENV=BOXOFFICE_JMS_USER}", "Password=${ENV=BOXOFFICE_JMS_PASSWORD}"})
public class Notifications {

    public static final String CONNECTION_FACTORY = "java:app/jms/boxoffice";
    public static final String QUEUE = "notifications";

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @PersistenceContext
    EntityManager em;

    /**
     * Queues a notice, persistent; it is delivered only if the caller's transaction commits, and
     * the mail it stands for is sent once, however often the broker delivers the message.
     */
    public void send(Notice notice) {
        try (JMSContext context = connectionFactory.createContext()) {
            MapMessage message = context.createMapMessage();
            NoticeMessages.write(notice, message);
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(QUEUE), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("could not queue a notification: " + e.getMessage(), e.getErrorCode(), e);
        }
    }

    /**
     * One of the account's own notifications. Another account's notification is answered exactly
     * like an unknown id, so that ids tell nobody what exists.
     *
     * @throws UnknownNotificationException for an unknown id or one of another account
     */
    public Notification get(long accountId, long notificationId) {
        return Optional.ofNullable(em.find(Notification.class, notificationId))
                .filter(candidate -> candidate.accountId() == accountId)
                .orElseThrow(() -> new UnknownNotificationException(notificationId));
    }

    /** Marks one of the account's own notifications read; see {@link #get}. */
    public void markRead(long accountId, long notificationId) {
        get(accountId, notificationId).markRead();
    }

    /** Marks every unread notification of the account read, in one statement; how many were unread. */
    public int markAllRead(long accountId) {
        return em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** A page of the account's notifications, newest first, with how many there are in all. */
    public Page<Notification> inbox(long accountId, int page, int size) {
        List<Notification> items = em.createNamedQuery(Notification.OF_ACCOUNT, Notification.class)
                .setParameter("account", accountId)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Notification.COUNT, Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** How many of the account's notifications are unread: counted by the database, no rows loaded. */
    public long unread(long accountId) {
        return em.createNamedQuery(Notification.UNREAD, Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    /**
     * Deletes everything this component keeps about the account (its notifications, its mail
     * preferences and the keys of the notifications sent to it), in the caller's transaction: the
     * account is being closed. A redelivered message about it finds no key, but sends nothing
     * either: a closed account gets no mail.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forget(long accountId) {
        em.createNamedQuery(Notification.FORGET)
                .setParameter("account", accountId)
                .executeUpdate();
        em.createNamedQuery(NotificationPreference.FORGET)
                .setParameter("account", accountId)
                .executeUpdate();
        em.createNamedQuery(SentNotification.FORGET)
                .setParameter("account", accountId)
                .executeUpdate();
    }
}
