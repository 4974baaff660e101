package org.boxoffice.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.boxoffice.support.entity.SupportException.Reason;

/**
 * A message of a case's thread, kept exactly as typed (pages and mails escape it). An internal note
 * is the desk's and the organizers' only: the customer never sees it nor is told of it. The text of
 * a closed account's messages is erased; the message stays in the thread.
 */
@Entity
@Table(name = "support_message")
@NamedQuery(
        name = SupportMessage.OF_CASE,
        query =
                "select m from SupportMessage m where m.caseId = :case and (m.internal = false or m.internal = :internal)"
                        + " order by m.createdAt, m.id")
@NamedQuery(
        name = SupportMessage.ERASE,
        query = "update SupportMessage m set m.body = null where m.authorId = :account")
public class SupportMessage {

    /** A case's messages, oldest first; {@code :internal} true brings the internal notes too. */
    public static final String OF_CASE = "SupportMessage.ofCase";

    /** Erases the texts of an account's messages. */
    public static final String ERASE = "SupportMessage.erase";

    public static final int BODY_MAX = 8000;

    @Id
    @SequenceGenerator(name = "support_message_seq", sequenceName = "support_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_message_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side;

    @Column(length = BODY_MAX)
    private String body;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SupportMessage() {}

    /** @throws SupportException invalid-body, internal-not-allowed (a customer's note) */
    public SupportMessage(long caseId, long authorId, Side side, String body, boolean internal, OffsetDateTime now) {
        if (internal && side == Side.CUSTOMER) {
            throw new SupportException(Reason.INTERNAL_NOT_ALLOWED);
        }
        this.caseId = caseId;
        this.authorId = authorId;
        this.side = side;
        this.body = checkedBody(body);
        this.internal = internal;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The text as typed: 1 to {@value #BODY_MAX} characters, not blank, no NUL. */
    public static String checkedBody(String body) {
        if (body == null || body.isBlank() || body.length() > BODY_MAX || body.indexOf('\u0000') >= 0) {
            throw new SupportException(Reason.INVALID_BODY, BODY_MAX);
        }
        return body;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long authorId() {
        return authorId;
    }

    public Side side() {
        return side;
    }

    /** Empty once its author's account was closed. */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    public boolean isInternal() {
        return internal;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
