package org.boxoffice.api.support;

import java.time.OffsetDateTime;
import org.boxoffice.support.entity.SupportAttachment;

/**
 * An attachment: its name as uploaded, its {@code contentType} as told from its content, its size
 * in bytes, the message that carries it (null until one does), and where to download it.
 */
public record AttachmentView(
        String id,
        String name,
        String contentType,
        long size,
        String messageId,
        OffsetDateTime createdAt,
        String href) {

    static AttachmentView of(SupportAttachment attachment) {
        return new AttachmentView(
                String.valueOf(attachment.id()),
                attachment.name(),
                attachment.contentType(),
                attachment.sizeBytes(),
                attachment.messageId().map(String::valueOf).orElse(null),
                attachment.createdAt(),
                "/api/v1/support/cases/" + attachment.caseId() + "/attachments/" + attachment.id());
    }
}
