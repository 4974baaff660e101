package org.boxoffice.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.control.DeadLetterMessages;
import org.boxoffice.notification.entity.DeadLetter;
import org.boxoffice.platform.entity.Page;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dead-letter queue, for admins: the messages the broker gave up on after its last delivery
 * attempt (a mail server that stayed down, a message that could not be read), read without taking
 * them off the queue, and each either sent again to the queue it failed on or discarded. Both take
 * the message off the queue by its id in the admin's transaction, which also sends the copy and
 * writes the audit trail: a failure leaves the message where it was and sends nothing.
 */
@Stateless
public class DeadLetters {

    /** The broker's dead-letter queue, named so by the resource adapter. */
    public static final String QUEUE = "DLQ";

    /** A longer queue is counted up to here: a page says "at least" beyond. */
    static final int COUNT_LIMIT = 10_000;

    /** How long to wait for the message of an id: the broker hands it to a new consumer quickly. */
    static final long RECEIVE_MILLIS = 2_000;

    @Resource(lookup = Notifications.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    /** The broker's limit of delivery attempts (the same setting the resource adapter reads). */
    @Inject
    @ConfigProperty(name = "boxoffice.jms.max-delivery-attempts", defaultValue = "12")
    int attempts;

    /** A page of the queue, oldest first, as the broker orders it. */
    public Page<DeadLetter> list(int page, int size) {
        int offset = Page.offset(page, size);
        List<DeadLetter> items = new ArrayList<>();
        int count = 0;
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(queue(context))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && count < COUNT_LIMIT) {
                Message message = (Message) messages.nextElement();
                if (count >= offset && items.size() < size) {
                    items.add(DeadLetterMessages.read(message, attempts));
                }
                count++;
            }
            boolean more = count == COUNT_LIMIT && messages.hasMoreElements();
            return new Page<>(items, page, size, count, !more);
        } catch (JMSException e) {
            throw failure("could not browse the dead-letter queue", e);
        }
    }

    /** The dead letter of this id, still on the queue. */
    public Optional<DeadLetter> find(String id) {
        if (!DeadLetterMessages.isId(id)) {
            return Optional.empty();
        }
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(queue(context), DeadLetterMessages.selector(id))) {
            Enumeration<?> messages = browser.getEnumeration();
            return messages.hasMoreElements()
                    ? Optional.of(DeadLetterMessages.read((Message) messages.nextElement(), attempts))
                    : Optional.empty();
        } catch (JMSException e) {
            throw failure("could not browse the dead-letter queue", e);
        }
    }

    /**
     * Takes the message off the dead-letter queue and sends a copy (the same body and properties) to
     * the queue it failed on, where it is delivered as the first time; recorded in the audit trail.
     *
     * @throws UnknownDeadLetterException when no message of this id is on the queue
     * @throws DeadLetterNotResendableException when it names no queue or has a body of another form
     */
    public DeadLetter resend(long adminId, String id, String address) {
        Account admin = accounts.get(adminId);
        try (JMSContext context = connectionFactory.createContext()) {
            Message message = take(context, id);
            DeadLetter letter = DeadLetterMessages.read(message, attempts);
            if (letter.queue().isBlank() || letter.queue().equals(QUEUE)) {
                throw new DeadLetterNotResendableException(id, "it names no queue it came from");
            }
            Message copy = DeadLetterMessages.copy(context, message)
                    .orElseThrow(
                            () -> new DeadLetterNotResendableException(id, "its body is of a form never sent here"));
            context.createProducer()
                    .setPriority(message.getJMSPriority())
                    .send(context.createQueue(letter.queue()), copy);
            audit.record(admin.id(), admin.email(), Action.DEAD_LETTER_RESENT, null, describe(letter), address);
            return letter;
        } catch (JMSException e) {
            throw failure("could not resend the dead letter " + id, e);
        }
    }

    /**
     * Takes the message off the dead-letter queue for good; recorded in the audit trail.
     *
     * @throws UnknownDeadLetterException when no message of this id is on the queue
     */
    public DeadLetter discard(long adminId, String id, String address) {
        Account admin = accounts.get(adminId);
        try (JMSContext context = connectionFactory.createContext()) {
            DeadLetter letter = DeadLetterMessages.read(take(context, id), attempts);
            audit.record(admin.id(), admin.email(), Action.DEAD_LETTER_DISCARDED, null, describe(letter), address);
            return letter;
        } catch (JMSException e) {
            throw failure("could not discard the dead letter " + id, e);
        }
    }

    /** Receives the message of this id in the caller's transaction: a rollback puts it back. */
    private Message take(JMSContext context, String id) {
        // a browser answers at once: only a message that is there is waited for
        if (find(id).isEmpty()) {
            throw new UnknownDeadLetterException(id);
        }
        try (JMSConsumer consumer = context.createConsumer(queue(context), DeadLetterMessages.selector(id))) {
            Message message = consumer.receive(RECEIVE_MILLIS);
            if (message == null) {
                throw new UnknownDeadLetterException(id);
            }
            return message;
        }
    }

    private static Queue queue(JMSContext context) {
        return context.createQueue(QUEUE);
    }

    /** What the audit trail keeps: ids and names, no address of a customer. */
    private static String describe(DeadLetter letter) {
        StringBuilder detail = new StringBuilder("message ").append(letter.id()).append(" of queue ");
        detail.append(letter.queue().isBlank() ? "(none)" : letter.queue());
        if (!letter.kind().isBlank()) {
            detail.append(", kind ").append(letter.kind());
        }
        if (!letter.notificationKey().isBlank()) {
            detail.append(", key ").append(letter.notificationKey());
        }
        letter.ids()
                .forEach((name, value) ->
                        detail.append(", ").append(name).append(' ').append(value));
        return detail.toString();
    }

    private static JMSRuntimeException failure(String what, JMSException e) {
        return new JMSRuntimeException(what + ": " + e.getMessage(), e.getErrorCode(), e);
    }
}
