package org.boxoffice.api.support;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.SupportCase;

/**
 * A case in a list: its state and where it stands in time. {@code firstResponseTime} (opening to
 * the first public answer) and {@code resolutionTime} (opening to its resolution, or its closing)
 * are ISO-8601 durations, null until then. {@code version} is what desk actions send back as
 * {@code caseVersion}.
 */
public record CaseSummaryView(
        String id,
        String subject,
        String kind,
        String state,
        String customerId,
        String customer,
        String bookingId,
        String eventId,
        String eventTitle,
        String organisationId,
        String assigneeId,
        String assignee,
        OffsetDateTime createdAt,
        OffsetDateTime firstResponseAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        OffsetDateTime lastActivityAt,
        OffsetDateTime stateSince,
        String firstResponseTime,
        String resolutionTime,
        long version) {

    static CaseSummaryView of(SupportCases.Listed listed) {
        return of(listed.supportCase(), listed.customer(), listed.assignee(), listed.eventTitle());
    }

    static CaseSummaryView of(SupportCase c, String customer, String assignee, String eventTitle) {
        return new CaseSummaryView(
                String.valueOf(c.id()),
                c.subject(),
                c.kind().name(),
                c.state().name(),
                String.valueOf(c.customerId()),
                customer,
                c.bookingId().map(String::valueOf).orElse(null),
                c.eventId().map(String::valueOf).orElse(null),
                eventTitle,
                c.organisationId().map(String::valueOf).orElse(null),
                c.assigneeId().map(String::valueOf).orElse(null),
                c.assigneeId().isPresent() ? assignee : null,
                c.createdAt(),
                c.firstResponseAt().orElse(null),
                c.resolvedAt().orElse(null),
                c.closedAt().orElse(null),
                c.lastActivityAt(),
                c.stateSince(),
                c.firstResponseTime().map(Duration::toString).orElse(null),
                c.resolutionTime().map(Duration::toString).orElse(null),
                c.version());
    }
}
