package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.review.entity.Review;
import org.boxoffice.review.entity.ReviewException;
import org.boxoffice.review.entity.ReviewReport;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;
import org.boxoffice.web.ReviewRefusals;

/**
 * The moderation queue of admins and support staff: reviews posted or changed and not looked at
 * yet, and reviews reported since, the most reported first, each with its reports' reasons; "Hide"
 * and "Restore" with a reason take one off the queue (audited, the author told by mail). Below
 * it, the hidden reviews, newest first, each to restore with a reason.
 */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** A report as the queue lists it. */
    public static final class Report implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final String reportedAt;

        Report(ReviewReport report) {
            this.reason = report.reason();
            this.reportedAt = time(report.reportedAt());
        }

        public String getReason() {
            return reason;
        }

        public String getReportedAt() {
            return reportedAt;
        }
    }

    /** A review waiting in the queue (EL 5 reads getters only); its text is shown escaped. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final long eventId;
        private final String event;
        private final String author;
        private final int rating;
        private final String text;
        private final boolean verified;
        private final boolean hidden;
        private final String writtenAt;
        private final String editedAt;
        private final int reportCount;
        private final List<Report> reports;

        Row(Reviews.Queued queued) {
            Review review = queued.review();
            this.id = String.valueOf(review.id());
            this.eventId = review.eventId();
            this.event = queued.eventTitle();
            this.author = queued.author();
            this.rating = review.rating();
            this.text = review.text().orElse(null);
            this.verified = review.isVerified();
            this.hidden = review.isHidden();
            this.writtenAt = time(review.createdAt());
            this.editedAt = review.editedAt().map(ModerationBacking::time).orElse(null);
            this.reportCount = review.reportCount();
            this.reports = queued.reports().stream().map(Report::new).toList();
        }

        public String getId() {
            return id;
        }

        public long getEventId() {
            return eventId;
        }

        public String getEvent() {
            return event;
        }

        public String getAuthor() {
            return author;
        }

        public int getRating() {
            return rating;
        }

        public String getText() {
            return text;
        }

        public boolean isVerified() {
            return verified;
        }

        public boolean isHidden() {
            return hidden;
        }

        public String getWrittenAt() {
            return writtenAt;
        }

        /** When its author last changed it; null when never. */
        public String getEditedAt() {
            return editedAt;
        }

        public int getReportCount() {
            return reportCount;
        }

        public List<Report> getReports() {
            return reports;
        }
    }

    @Inject
    transient Reviews reviews;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    /** The reason typed under each review, by its id. */
    private final Map<String, String> reasons = new HashMap<>();

    private final PagedRows<Reviews.Queued, Row> rows =
            new PagedRows<>((page, size) -> reviews.queue(page, size), Row::new, Row::getId);

    private final PagedRows<Reviews.Queued, Row> hiddenRows =
            new PagedRows<>((page, size) -> reviews.hiddenReviews(page, size), Row::new, Row::getId);

    /** Hides the review with the reason typed under it. */
    public void hide(Row row) {
        try {
            reviews.hide(moderator(), Long.parseLong(row.getId()), reasons.get(row.getId()), client.value());
            reasons.remove(row.getId());
            FacesMessages.info("moderation.hidden", row.getAuthor(), row.getEvent());
        } catch (ReviewException refused) {
            ReviewRefusals.show(null, refused, "");
        }
    }

    /** Restores the review (shows a hidden one again, keeps a shown one) with the reason typed under it. */
    public void restore(Row row) {
        try {
            reviews.restore(moderator(), Long.parseLong(row.getId()), reasons.get(row.getId()), client.value());
            reasons.remove(row.getId());
            FacesMessages.info(
                    row.isHidden() ? "moderation.restored" : "moderation.kept", row.getAuthor(), row.getEvent());
        } catch (ReviewException refused) {
            ReviewRefusals.show(null, refused, "");
        }
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    /** The hidden reviews off the queue, newest first, to restore. */
    public PagedRows<?, Row> getHiddenRows() {
        return hiddenRows;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public int getReasonMax() {
        return Review.REASON_MAX;
    }

    private Account moderator() {
        return signedIn.find().orElseThrow(() -> new IllegalStateException("no session"));
    }

    static String time(java.time.OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(TIME);
    }
}
