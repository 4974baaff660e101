package org.boxoffice.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import java.util.logging.Logger;
import org.boxoffice.notification.control.NotYetVisibleException;
import org.boxoffice.notification.control.NoticeDelivery;
import org.boxoffice.notification.control.NoticeMessages;
import org.boxoffice.notification.entity.Notice;

/**
 * Delivers queued notices ({@link NoticeDelivery}): the mail, written from templates, and the
 * portal inbox row. Whatever fails rolls the delivery back: the broker redelivers the message with
 * a growing delay and, after the last attempt, moves it to the dead-letter queue, where it stays
 * for an operator, never lost silently.
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

    @Resource
    MessageDrivenContext context;

    @Inject
    NoticeDelivery delivery;

    @Override
    public void onMessage(Message message) {
        Notice notice;
        try {
            notice = NoticeMessages.read(message);
        } catch (JMSException | IllegalArgumentException e) {
            LOG.warning(() -> "a notification message that cannot be read goes back to the broker (and after its"
                    + " last attempt to the dead-letter queue): " + e.getMessage());
            context.setRollbackOnly();
            return;
        }
        try {
            delivery.deliver(notice);
        } catch (MessagingException e) {
            LOG.warning(() -> "the mail server did not take notification " + notice.key() + ", the broker tries"
                    + " again later: " + e.getMessage());
            context.setRollbackOnly();
        } catch (NotYetVisibleException e) {
            LOG.info(() -> "notification " + notice.key() + " waits for " + e.getMessage() + ", tried again later");
            context.setRollbackOnly();
        }
    }
}
