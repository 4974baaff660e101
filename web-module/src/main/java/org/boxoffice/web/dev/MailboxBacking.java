package org.boxoffice.web.dev;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.notification.boundary.Mails;
import org.boxoffice.notification.entity.CapturedMail;

/**
 * The development mail box: the mails the platform would have sent, when no SMTP server is
 * configured and the database is the embedded one, by their text (the HTML part says the same)
 * and the names of their attachments. Elsewhere it stays empty.
 */
@Named
@RequestScoped
public class MailboxBacking {

    static final int SHOWN = 50;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** A mail as the page shows it; its body is escaped HTML with the links made clickable. */
    public static final class MailView {
        private final String to;
        private final String subject;
        private final String sentAt;
        private final String bodyHtml;
        private final String attachments;

        MailView(String to, String subject, String sentAt, String bodyHtml, String attachments) {
            this.to = to;
            this.subject = subject;
            this.sentAt = sentAt;
            this.bodyHtml = bodyHtml;
            this.attachments = attachments;
        }

        /** The names of the files the mail carried, comma-separated; empty for none. */
        public String getAttachments() {
            return attachments;
        }

        public String getTo() {
            return to;
        }

        public String getSubject() {
            return subject;
        }

        public String getSentAt() {
            return sentAt;
        }

        public String getBodyHtml() {
            return bodyHtml;
        }
    }

    @Inject
    Mails mails;

    private List<MailView> shown;

    public boolean isAvailable() {
        return mails.isDevelopmentMailbox();
    }

    public List<MailView> getMails() {
        if (shown == null) {
            shown = mails.captured(SHOWN).stream().map(MailboxBacking::view).toList();
        }
        return shown;
    }

    static MailView view(CapturedMail mail) {
        return new MailView(
                mail.recipient(),
                mail.subject(),
                mail.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                linkify(escape(mail.body())),
                String.join(", ", mail.attachments()));
    }

    /** Escaped first, so that only the links this method adds are markup. */
    static String linkify(String escaped) {
        Matcher link = LINK.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(
                    html, Matcher.quoteReplacement("<a href=\"" + link.group() + "\">" + link.group() + "</a>"));
        }
        link.appendTail(html);
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
