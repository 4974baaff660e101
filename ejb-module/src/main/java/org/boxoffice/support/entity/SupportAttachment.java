package org.boxoffice.support.entity;

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
import java.util.Optional;
import org.boxoffice.support.entity.SupportException.Reason;

/**
 * A file uploaded to a case, and then carried by one message. Its type is the one told from its
 * content when it came; its bytes lie in the data folder under a random storage name, never under
 * the name it was uploaded with. It shows to those who see its message (an internal note's to the
 * desk and organizers only); before a message carries it, to its uploader and the desk.
 */
@Entity
@Table(name = "support_attachment")
@NamedQuery(
        name = SupportAttachment.OF_CASE,
        query = "select a from SupportAttachment a where a.caseId = :case order by a.id")
@NamedQuery(
        name = SupportAttachment.WAITING,
        query = "select count(a) from SupportAttachment a where a.caseId = :case and a.uploaderId = :account"
                + " and a.messageId is null")
@NamedQuery(
        name = SupportAttachment.OF_UPLOADER,
        query = "select a from SupportAttachment a where a.uploaderId = :account")
public class SupportAttachment {

    public static final String OF_CASE = "SupportAttachment.ofCase";
    public static final String OF_UPLOADER = "SupportAttachment.ofUploader";

    /** How many files an uploader has on a case that no message carries yet. */
    public static final String WAITING = "SupportAttachment.waiting";

    /** The most files one uploader keeps on a case without a message: uploads cannot fill the disk unseen. */
    public static final int WAITING_MAX = 20;

    public static final int NAME_MAX = 255;

    @Id
    @SequenceGenerator(name = "support_attachment_seq", sequenceName = "support_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_attachment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "uploader_id", nullable = false)
    private Long uploaderId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_name", nullable = false, length = 64)
    private String storageName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SupportAttachment() {}

    public SupportAttachment(
            long caseId,
            long uploaderId,
            String name,
            String contentType,
            long sizeBytes,
            String storageName,
            OffsetDateTime now) {
        this.caseId = caseId;
        this.uploaderId = uploaderId;
        this.name = checkedName(name);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageName = storageName;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * A file name as the uploader gave it, for the download's Content-Disposition only: 1 to
     * {@value #NAME_MAX} characters, without control characters, path separators or quotes.
     */
    public static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new SupportException(Reason.INVALID_FILE_NAME, NAME_MAX);
        }
        String stripped = name.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isISOControl(c) || c == '/' || c == '\\' || c == '"') {
                throw new SupportException(Reason.INVALID_FILE_NAME, NAME_MAX);
            }
        }
        return stripped;
    }

    /** A message carries it now. */
    public void carriedBy(long message) {
        this.messageId = message;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long uploaderId() {
        return uploaderId;
    }

    public Optional<Long> messageId() {
        return Optional.ofNullable(messageId);
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String storageName() {
        return storageName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
