package org.boxoffice.api.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.boxoffice.support.entity.SupportAttachment;
import org.boxoffice.support.entity.SupportMessage;

/**
 * A message of a case: {@code side} CUSTOMER, STAFF or ORGANIZER; {@code body} exactly as typed (a
 * client escapes it where it shows it), null once its author's account was closed; {@code internal}
 * notes show to the desk and organizers only; the ids of the attachments it carries.
 */
public record MessageView(
        String id,
        String side,
        String authorId,
        String author,
        String body,
        boolean internal,
        OffsetDateTime createdAt,
        List<String> attachmentIds) {

    static MessageView of(SupportMessage message, Map<Long, String> names, List<SupportAttachment> attachments) {
        return new MessageView(
                String.valueOf(message.id()),
                message.side().name(),
                String.valueOf(message.authorId()),
                names.getOrDefault(message.authorId(), ""),
                message.body().orElse(null),
                message.isInternal(),
                message.createdAt(),
                attachments.stream()
                        .filter(attachment -> attachment.messageId().equals(java.util.Optional.of(message.id())))
                        .map(attachment -> String.valueOf(attachment.id()))
                        .toList());
    }
}
