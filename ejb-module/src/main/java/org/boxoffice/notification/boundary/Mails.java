package org.boxoffice.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.boxoffice.notification.control.Mailer;
import org.boxoffice.notification.entity.CapturedMail;
import org.boxoffice.notification.entity.Mail;
import org.boxoffice.platform.control.Database;

/**
 * Sends mail through the {@value #QUEUE} queue: the send joins the caller's transaction, so a
 * rolled-back registration mails nobody, and a slow mail server never slows the caller down.
 */
@Stateless
public class Mails {

    public static final String QUEUE = "mail";

    static final String TO = "to";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";

    @Resource(lookup = Notifications.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Database database;

    public void send(Mail mail) {
        try (JMSContext context = connectionFactory.createContext()) {
            MapMessage message = context.createMapMessage();
            message.setString(TO, mail.to());
            message.setString(SUBJECT, mail.subject());
            message.setString(TEXT, mail.text());
            context.createProducer().send(context.createQueue(QUEUE), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("could not queue a mail: " + e.getMessage(), e.getErrorCode(), e);
        }
    }

    /**
     * Whether the development mail box shows the kept mails: only with no SMTP server and on the
     * embedded database, never where real people's links could be read by anyone.
     */
    public boolean isDevelopmentMailbox() {
        return mailer.isCapturing() && database.isEmbedded();
    }

    /** The newest mails of the development mail box; none anywhere else. */
    public List<CapturedMail> captured(int max) {
        if (!isDevelopmentMailbox()) {
            return List.of();
        }
        return em.createNamedQuery(CapturedMail.NEWEST, CapturedMail.class)
                .setMaxResults(max)
                .getResultList();
    }
}
