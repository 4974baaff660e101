package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.notification.boundary.DeadLetters;
import org.boxoffice.notification.entity.DeadLetter;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/** The dead-letter queue, a page at a time as the broker holds it, with "Resend" and "Discard" per message. */
@Named
@ViewScoped
public class DeadLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A dead letter as the table shows it (EL 5 reads getters only). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String queue;
        private final String kind;
        private final String notificationKey;
        private final String recipient;
        private final String ids;
        private final String sentAt;
        private final int attempts;

        Row(DeadLetter letter) {
            this.id = letter.id();
            this.queue = letter.queue();
            this.kind = letter.kind();
            this.notificationKey = letter.notificationKey();
            this.recipient = letter.recipient();
            this.ids = letter.ids().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", "));
            this.sentAt = letter.sentAt() == null
                    ? ""
                    : letter.sentAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            this.attempts = letter.attempts();
        }

        public String getId() {
            return id;
        }

        public String getQueue() {
            return queue;
        }

        public String getKind() {
            return kind;
        }

        public String getNotificationKey() {
            return notificationKey;
        }

        public String getRecipient() {
            return recipient;
        }

        public String getIds() {
            return ids;
        }

        public String getSentAt() {
            return sentAt;
        }

        public int getAttempts() {
            return attempts;
        }
    }

    @Inject
    transient DeadLetters deadLetters;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    private final PagedRows<DeadLetter, Row> rows =
            new PagedRows<>((page, size) -> deadLetters.list(page, size), Row::new, Row::getId);

    public void resend(Row row) {
        DeadLetter resent = deadLetters.resend(admin(), row.getId(), client.value());
        FacesMessages.info("deadLetters.resent", resent.id(), resent.queue());
    }

    public void discard(Row row) {
        DeadLetter discarded = deadLetters.discard(admin(), row.getId(), client.value());
        FacesMessages.info("deadLetters.discarded", discarded.id());
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }
}
