package org.boxoffice.support.entity;

import java.time.OffsetDateTime;

/**
 * The desk's filters of the queue; null is "any". {@code assignee}: an account id, or {@link
 * #UNASSIGNED} for the cases of nobody. {@code createdBefore}: cases opened before then (the API's
 * "older than N hours").
 */
public record CaseQuery(
        CaseState state,
        CaseKind kind,
        Long eventId,
        Long organisationId,
        Long assignee,
        OffsetDateTime createdBefore) {

    /** The assignee filter for cases assigned to nobody. */
    public static final long UNASSIGNED = -1;

    public static CaseQuery any() {
        return new CaseQuery(null, null, null, null, null, null);
    }
}
