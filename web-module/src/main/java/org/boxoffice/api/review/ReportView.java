package org.boxoffice.api.review;

import java.time.OffsetDateTime;
import org.boxoffice.review.entity.ReviewReport;

/** A report of a review, as its reporter and the moderators see it. */
public record ReportView(String id, String reviewId, String reason, OffsetDateTime reportedAt) {

    public static ReportView of(ReviewReport report) {
        return new ReportView(
                String.valueOf(report.id()), String.valueOf(report.reviewId()), report.reason(), report.reportedAt());
    }
}
