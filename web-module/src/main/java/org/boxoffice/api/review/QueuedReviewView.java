package org.boxoffice.api.review;

import java.util.List;
import org.boxoffice.review.boundary.Reviews;

/** A review waiting for a moderator: the review, its event's title, and its reports (oldest first). */
public record QueuedReviewView(ReviewView review, String eventTitle, int reportCount, List<ReportView> reports) {

    public static QueuedReviewView of(Reviews.Queued queued) {
        return new QueuedReviewView(
                ReviewView.of(queued.review(), queued.author(), false),
                queued.eventTitle(),
                queued.review().reportCount(),
                queued.reports().stream().map(ReportView::of).toList());
    }
}
