package org.boxoffice.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.boxoffice.support.entity.SupportException.Reason;

/** A reply the desk keeps ready, in one language, to prefill an answer. */
@Entity
@Table(name = "support_canned_reply")
@NamedQuery(name = CannedReply.ALL, query = "select r from CannedReply r order by r.language, r.title, r.id")
@NamedQuery(
        name = CannedReply.OF_LANGUAGE,
        query = "select r from CannedReply r where r.language = :language order by r.title, r.id")
public class CannedReply {

    public static final String ALL = "CannedReply.all";
    public static final String OF_LANGUAGE = "CannedReply.ofLanguage";

    public static final int TITLE_MAX = 200;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @Id
    @SequenceGenerator(
            name = "support_canned_reply_seq",
            sequenceName = "support_canned_reply_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_canned_reply_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SupportMessage.BODY_MAX)
    private String body;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected CannedReply() {}

    /** @throws SupportException invalid-title, invalid-body, invalid-language */
    public CannedReply(long createdBy, String title, String body, String language, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        change(title, body, language, now);
    }

    public void change(String newTitle, String newBody, String newLanguage, OffsetDateTime now) {
        String checkedTitle = checkedTitle(newTitle);
        String checkedBody = SupportMessage.checkedBody(newBody);
        String checkedLanguage = checkedLanguage(newLanguage);
        this.title = checkedTitle;
        this.body = checkedBody;
        this.language = checkedLanguage;
        this.changedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String checkedTitle(String title) {
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX || title.indexOf('\u0000') >= 0) {
            throw new SupportException(Reason.INVALID_TITLE, TITLE_MAX);
        }
        return title.strip();
    }

    /** A two-letter language code, in lower case. */
    public static String checkedLanguage(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw new SupportException(Reason.INVALID_LANGUAGE, String.valueOf(language));
        }
        return code;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String language() {
        return language;
    }

    public long createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
