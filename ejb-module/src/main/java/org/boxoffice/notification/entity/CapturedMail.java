package org.boxoffice.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** A mail kept instead of sent, because no SMTP server is configured (development). */
@Entity
@Table(name = "captured_mail")
@NamedQuery(name = CapturedMail.NEWEST, query = "select m from CapturedMail m order by m.createdAt desc, m.id desc")
public class CapturedMail {

    public static final String NEWEST = "CapturedMail.newest";

    @Id
    @SequenceGenerator(name = "captured_mail_seq", sequenceName = "captured_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "captured_mail_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The names of the files the mail carried, comma-separated; null for none. */
    @Column(length = 1000)
    private String attachments;

    protected CapturedMail() {}

    /** Keeps the text of the mail (the HTML says the same) and the names of its attachments. */
    public CapturedMail(Mail mail) {
        this.recipient = mail.to();
        this.subject = shortened(mail.subject(), 200);
        this.body = shortened(mail.text(), 8000);
        this.attachments = mail.attachments().isEmpty()
                ? null
                : shortened(
                        mail.attachments().stream().map(Mail.Attachment::name).collect(Collectors.joining(", ")), 1000);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The names of the files the mail carried. */
    public List<String> attachments() {
        return attachments == null ? List.of() : List.of(attachments.split(", "));
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
