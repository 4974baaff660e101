package org.boxoffice.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import java.util.logging.Logger;
import org.boxoffice.notification.control.Mailer;
import org.boxoffice.notification.entity.Mail;

/**
 * Hands queued mail to the mail server. When the server refuses or is down, the delivery rolls
 * back and the broker tries again with a growing delay; after the last attempt the mail waits on
 * the dead-letter queue instead of being lost.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "jms-ra"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = Mails.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class MailListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailListener.class.getName());

    @Inject
    Mailer mailer;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof MapMessage map)) {
            LOG.warning(() -> "dropped a mail message of an unknown form: " + message);
            return;
        }
        try {
            mailer.deliver(new Mail(map.getString(Mails.TO), map.getString(Mails.SUBJECT), map.getString(Mails.TEXT)));
        } catch (JMSException e) {
            throw new EJBException("could not read a mail message", e);
        } catch (MessagingException e) {
            throw new EJBException("the mail server did not take a mail: " + e.getMessage(), e);
        }
    }
}
