package org.boxoffice.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) for the whole integration-test run, on the port the build
 * reserved ({@code boxoffice.it.smtp.port}); the shared platform sends its mail there.
 */
public class TestMail implements LauncherSessionListener {

    /**
     * A received mail, as its recipient reads it: the text part, the HTML part (null for a text
     * mail), the attached files, and the content type of the whole.
     */
    public record Received(
            String to, String subject, String text, String html, List<Attachment> attachments, String contentType) {}

    /** A file attached to a received mail. */
    public record Attachment(String name, String contentType, byte[] content) {}

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("boxoffice.it.smtp.port");
        if (port != null && !port.isBlank()) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            stop();
        }
    }

    /**
     * Stops the SMTP server, so that the platform's mail fails as with a mail server that is down;
     * {@link #start()} it again in a {@code finally}. The mails received so far are forgotten.
     */
    public static synchronized void stop() {
        running().stop();
        server = null;
    }

    /** Starts the SMTP server again on its port, after {@link #stop()}; nothing when it runs. */
    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("boxoffice.it.smtp.port"));
    }

    /** The first mail to {@code recipient} whose subject contains {@code subject}, waiting for it. */
    public static Received await(String recipient, String subject, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Received> found = receivedBy(recipient).stream()
                    .filter(mail -> mail.subject().contains(subject))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no mail to " + recipient + " about '" + subject + "' within " + timeout
                + "; received for them: " + receivedBy(recipient));
    }

    /** The From header of each mail to {@code recipient} whose subject contains {@code subject}. */
    public static synchronized List<String> sendersOf(String recipient, String subject) {
        return Arrays.stream(running().getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .filter(message -> read(message).subject().contains(subject))
                .map(message -> {
                    try {
                        return ((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).toUnicodeString();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /**
     * The Message-ID of each mail to {@code recipient} whose subject contains {@code subject}, one
     * entry per mail received: a mail sent twice appears twice.
     */
    public static synchronized List<String> messageIdsOf(String recipient, String subject) {
        return Arrays.stream(running().getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .filter(message -> read(message).subject().contains(subject))
                .map(message -> {
                    try {
                        return message.getMessageID();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static synchronized List<Received> receivedBy(String recipient) {
        return Arrays.stream(running().getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .map(TestMail::read)
                .toList();
    }

    private static GreenMail running() {
        if (server == null) {
            throw new IllegalStateException("the test SMTP server runs in the failsafe test run only");
        }
        return server;
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received read(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new Received(
                    message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getSubject(),
                    parts.text == null ? GreenMailUtil.getBody(message).replace("\r\n", "\n") : parts.text,
                    parts.html,
                    List.copyOf(parts.attachments),
                    message.getContentType());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text, the HTML and the files of a mail, decoded, from however deep its multiparts go. */
    private static final class Parts {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
                }
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent()).replace("\r\n", "\n");
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent()).replace("\r\n", "\n");
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
