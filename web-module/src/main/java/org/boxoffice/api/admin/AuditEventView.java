package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import org.boxoffice.audit.entity.AuditEvent;

public record AuditEventView(
        String id,
        String occurredAt,
        String actorId,
        String actor,
        String action,
        String subjectId,
        String detail,
        String address) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(
                String.valueOf(event.id()),
                event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                event.actorId() == null ? null : String.valueOf(event.actorId()),
                event.actor(),
                event.action().name(),
                event.subjectId() == null ? null : String.valueOf(event.subjectId()),
                event.detail(),
                event.address());
    }
}
