package org.boxoffice.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A user told the moderators what is wrong with a review; once per user and review. */
@Entity
@Table(name = "review_report")
@NamedQuery(
        name = ReviewReport.BY,
        query = "select count(r) from ReviewReport r where r.reviewId = :review and r.accountId = :account")
@NamedQuery(
        name = ReviewReport.OF_REVIEWS,
        query = "select r from ReviewReport r where r.reviewId in :reviews order by r.reviewId, r.reportedAt, r.id")
public class ReviewReport {

    public static final String BY = "ReviewReport.by";
    public static final String OF_REVIEWS = "ReviewReport.ofReviews";

    @Id
    @SequenceGenerator(name = "review_report_seq", sequenceName = "review_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_report_seq")
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = Review.REASON_MAX)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    protected ReviewReport() {}

    public ReviewReport(long reviewId, long accountId, String reason, OffsetDateTime now) {
        this.reviewId = reviewId;
        this.accountId = accountId;
        this.reason = Review.checkedReason(reason);
        this.reportedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public long accountId() {
        return accountId;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }
}
