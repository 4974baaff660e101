package org.boxoffice.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.boxoffice.account.entity.Account;
import org.boxoffice.notification.entity.Notification;

/**
 * Delivers queued notifications into the portal inbox. A failure rolls the delivery back; the
 * broker redelivers it with a growing delay and, after the last attempt, moves it to the
 * dead-letter queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "jms-ra"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = Notifications.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class NotificationListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof MapMessage map)) {
            LOG.warning(() -> "dropped a notification message of an unknown form: " + message);
            return;
        }
        try {
            long accountId = map.getLong(Notifications.ACCOUNT_ID);
            if (em.find(Account.class, accountId) == null) {
                // closed meanwhile: nobody left to tell, and retrying would not change that
                LOG.info(() -> "dropped a notification for account " + accountId + ", which no longer exists");
                return;
            }
            em.persist(new Notification(
                    accountId, map.getString(Notifications.SUBJECT), map.getString(Notifications.BODY)));
        } catch (JMSException e) {
            throw new EJBException("could not read a notification message", e);
        }
    }
}
