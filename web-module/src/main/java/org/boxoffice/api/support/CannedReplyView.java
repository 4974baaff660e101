package org.boxoffice.api.support;

import java.time.OffsetDateTime;
import org.boxoffice.support.entity.CannedReply;

public record CannedReplyView(
        String id, String title, String body, String language, OffsetDateTime changedAt, long version) {

    static CannedReplyView of(CannedReply reply) {
        return new CannedReplyView(
                String.valueOf(reply.id()),
                reply.title(),
                reply.body(),
                reply.language(),
                reply.changedAt(),
                reply.version());
    }
}
