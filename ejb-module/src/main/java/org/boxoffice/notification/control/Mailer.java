package org.boxoffice.notification.control;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.boxoffice.notification.entity.CapturedMail;
import org.boxoffice.notification.entity.Mail;
import org.boxoffice.settings.boundary.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers mail through Jakarta Mail to the SMTP server of {@code boxoffice.mail.host}; without
 * one (development), keeps it in the database for the portal's development mail box (its text and
 * the names of its attachments). A mail with HTML goes out as multipart/alternative, text first;
 * with attachments, that inside a multipart/mixed.
 *
 * <p>While the mail server cannot be reached, the notifications waiting for it are neither written
 * again and again nor handed back and forth with the broker: after a failed connection, {@link
 * #requireReachable} holds each delivery, before anything is read or drawn, until {@code
 * boxoffice.mail.pause-ms} (2 s) have passed; then one delivery tries the server and the others
 * held with it go back to the broker, which tries their messages again later. The pause is this
 * instance's view of its mail server, not a rule that must hold across instances.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "boxoffice.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.starttls", defaultValue = "false")
    boolean startTls;

    /** The sender ({@code boxoffice.mail.from}), which admins may change. */
    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.pause-ms", defaultValue = "2000")
    long pauseMillis;

    @PersistenceContext
    EntityManager em;

    /** When a connection to the mail server last failed (epoch ms); 0 once it took a mail. */
    private final AtomicLong failedAt = new AtomicLong();

    /**
     * Lets a delivery try the mail server, or holds it first. Nothing is held while the last
     * connection worked. After a failed one, the delivery waits until the pause is over (its thread
     * asleep, its message kept from the broker, so a mail server that is down costs the bookings no
     * CPU); then the first delivery to wake tries the server, marking its trial as the start of a new
     * pause, and those woken with it are refused.
     *
     * @throws MessagingException when another delivery tries the server now or found it still down:
     *     the caller rolls back and the broker delivers the message again later
     */
    public void requireReachable() throws MessagingException {
        long failed = failedAt.get();
        if (failed == 0 || isCapturing()) {
            return;
        }
        long wait = failed + pauseMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessagingException("interrupted while waiting to try the mail server again", e);
            }
        }
        if (failedAt.compareAndSet(failed, System.currentTimeMillis()) || failedAt.get() == 0) {
            return; // this delivery tries the server, or another one found it up again
        }
        throw new MessagingException("the mail server could not be reached a moment ago and another delivery is"
                + " trying it now: not tried yet");
    }

    /** Whether mail is kept for the development mail box rather than sent. */
    public boolean isCapturing() {
        return host.filter(value -> !value.isBlank()).isEmpty();
    }

    /** @throws MessagingException when the SMTP server refuses or cannot be reached: the caller retries */
    public void deliver(Mail mail) throws MessagingException {
        deliver(mail, null);
    }

    /**
     * As {@link #deliver(Mail)}, with a Message-ID made from {@code key}, the notification's key,
     * instead of a random one. An instance that stops between the mail server's answer and its
     * commit leaves the message to be delivered again, by another instance: the mail then goes out
     * twice, with the same Message-ID, which mail programs show once.
     */
    public void deliver(Mail mail, String key) throws MessagingException {
        if (isCapturing()) {
            em.persist(new CapturedMail(mail));
            LOG.info(() -> "mail to " + mail.to() + " kept in the development mail box: " + mail.subject());
            return;
        }
        String messageId = key == null ? null : messageId(key, settings.mailFrom());
        MimeMessage message = messageId == null
                ? new MimeMessage(session())
                : new MimeMessage(session()) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                };
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.html() == null && mail.attachments().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(content(mail));
        }
        message.setSentDate(new Date());
        try {
            Transport.send(message);
        } catch (SendFailedException e) {
            throw e; // the server answered: it refused these addresses, and is up
        } catch (MessagingException e) {
            failedAt.set(System.currentTimeMillis());
            throw e;
        }
        failedAt.set(0);
    }

    static MimeMultipart content(Mail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (mail.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (Mail.Attachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.name());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        if (user.filter(value -> !value.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }

    /** {@code <notice.KEY@DOMAIN>}: the key in the characters a Message-ID allows, the sender's domain. */
    static String messageId(String key, String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        String domain = at < 0 ? "boxoffice" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<notice." + key.replaceAll("[^A-Za-z0-9._-]", "-") + "@" + (domain.isEmpty() ? "boxoffice" : domain)
                + ">";
    }
}
