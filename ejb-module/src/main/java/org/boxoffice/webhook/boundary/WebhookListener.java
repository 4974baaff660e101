package org.boxoffice.webhook.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.webhook.boundary.WebhookOutbox.Attempt;
import org.boxoffice.webhook.control.WebhookSender;

/**
 * Makes the attempts of the deliveries handed to the {@value WebhookOutbox#QUEUE} queue, outside
 * any transaction: the HTTP call of one may take the timeouts' length, and holds no lock and no
 * connection to the database meanwhile. A message is only a hand-over: what is sent, and whether
 * at all, is decided by {@link WebhookOutbox#begin}; a message lost with its instance, or a failure
 * here, leaves the delivery to {@link WebhookRetryTimer} once its lease is over.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "jms-ra"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = WebhookOutbox.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WebhookListener.class.getName());

    @EJB
    WebhookOutbox outbox;

    @Inject
    WebhookSender sender;

    @Override
    public void onMessage(Message message) {
        String deliveryId;
        int round;
        try {
            deliveryId = message.getBody(String.class);
            round = message.getIntProperty(WebhookOutbox.ROUND);
        } catch (JMSException | NumberFormatException e) {
            LOG.warning(() -> "a webhook message that cannot be read is dropped; its delivery is handed over"
                    + " again when its lease is over: " + e);
            return;
        }
        try {
            Optional<Attempt> attempt = outbox.begin(deliveryId, round);
            if (attempt.isEmpty()) {
                return;
            }
            Attempt made = attempt.get();
            WebhookSender.Answer answer =
                    sender.send(made.url(), made.deliveryId(), made.topic(), made.payload(), made.secret());
            outbox.finished(made, answer);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "webhook delivery " + deliveryId + " (round " + round + ") failed here; it is tried again"
                            + " when its lease is over",
                    e);
        }
    }
}
