package org.boxoffice.api.support;

import java.time.OffsetDateTime;
import java.util.Map;
import org.boxoffice.support.entity.CaseAction;

/** What the desk did on the case's booking (CANCEL, REFUND, RESEND_TICKETS), who, and when. */
public record CaseActionView(
        String id, String kind, String detail, String actorId, String actor, OffsetDateTime createdAt) {

    static CaseActionView of(CaseAction action, Map<Long, String> names) {
        return new CaseActionView(
                String.valueOf(action.id()),
                action.kind().name(),
                action.detail(),
                String.valueOf(action.actorId()),
                names.getOrDefault(action.actorId(), ""),
                action.createdAt());
    }
}
