package org.boxoffice.bench.tickets;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The platform's mail server for the run: GreenMail's SMTP server on a free port of 127.0.0.1 in
 * the bench's JVM, the one the integration tests use. It keeps no mail: each mail is counted as it
 * arrives, so that thousands of confirmations with their PDFs do not fill the bench's memory.
 * Booking confirmations (subject "Booking N confirmed: ...") are counted apart, with the time each
 * arrived, its size on the wire and its PDFs attached; other mails (payment receipts) only by number.
 * It can be stopped and started again on the same port, to play a mail server that is down.
 */
final class Mailbox implements AutoCloseable {

    /** The subject of a booking's confirmation, in English (the bench's customers have no other language). */
    private static final Pattern CONFIRMATION = Pattern.compile("^Booking \\d+ confirmed\\b.*");

    private final int port;
    private long others;
    private GreenMail server;
    private long received;
    private long bytes;
    private long pdfs;
    private long[] arrivals = new long[1024];

    private Mailbox(int port) {
        this.port = port;
    }

    /** A mail server on a free port, running. */
    static Mailbox start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Mailbox mailbox = new Mailbox(port);
        mailbox.up();
        return mailbox;
    }

    int port() {
        return port;
    }

    /** Starts the server (again): from now on the platform's mail is taken. */
    synchronized void up() {
        if (server != null) {
            return;
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        // before it listens: no mail may reach GreenMail's own mailboxes uncounted
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> new Counter(address.getEmail()));
        greenMail.start();
        server = greenMail;
    }

    /** Stops the server: the platform's SMTP connections are refused until {@link #up}. */
    synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Booking confirmations received so far. */
    synchronized long received() {
        return received;
    }

    /** Other mails received so far (payment receipts). */
    synchronized long others() {
        return others;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long pdfs() {
        return pdfs;
    }

    /** When (System.nanoTime) the {@code n}th confirmation (from 1) arrived. */
    synchronized long arrival(long n) {
        return arrivals[(int) (n - 1)];
    }

    /**
     * Waits until {@code count} confirmations have arrived in all, at most {@code timeout}; whether they did.
     */
    boolean await(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private synchronized void other() {
        others++;
    }

    private synchronized void arrived(long size, int pdf) {
        if (received == arrivals.length) {
            arrivals = Arrays.copyOf(arrivals, arrivals.length * 2);
        }
        arrivals[(int) received++] = System.nanoTime();
        bytes += size;
        pdfs += pdf;
    }

    @Override
    public void close() {
        down();
    }

    /** A recipient who counts what reaches them and keeps nothing. */
    private final class Counter implements GreenMailUser {

        private final String email;

        Counter(String email) {
            this.email = email;
        }

        @Override
        public void deliver(MovingMessage message) {
            deliver(message.getMessage());
        }

        @Override
        public void deliver(MimeMessage message) {
            try {
                String subject = message.getSubject();
                if (subject == null || !CONFIRMATION.matcher(subject).matches()) {
                    other();
                    return;
                }
            } catch (MessagingException e) {
                other();
                return;
            }
            long size = 0;
            int pdfs = 0;
            try {
                CountingStream counting = new CountingStream();
                message.writeTo(counting);
                size = counting.count;
                pdfs = pdfsAttached(message);
            } catch (IOException | MessagingException e) {
                // counted as received all the same: the server took it
            }
            arrived(size, pdfs);
        }

        private int pdfsAttached(Part part) throws MessagingException, IOException {
            int pdfs = 0;
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition()) || child.getFileName() != null) {
                        pdfs += child.isMimeType("application/pdf") ? 1 : 0;
                    } else {
                        pdfs += pdfsAttached(child);
                    }
                }
            }
            return pdfs;
        }

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void create() {}

        @Override
        public void delete() {}

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {}

        @Override
        public void authenticate(String password) {}

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }

    private static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
