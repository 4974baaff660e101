package org.boxoffice.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A user found a review helpful; the key keeps it to once per user and review. */
@Entity
@Table(name = "review_helpful")
@IdClass(HelpfulMark.Key.class)
public class HelpfulMark {

    /** The key: review and account. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long reviewId;
        private Long accountId;

        public Key() {}

        public Key(long reviewId, long accountId) {
            this.reviewId = reviewId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(reviewId, key.reviewId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reviewId, accountId);
        }
    }

    @Id
    @Column(name = "review_id")
    private Long reviewId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "marked_at", nullable = false)
    private OffsetDateTime markedAt;

    protected HelpfulMark() {}

    public HelpfulMark(long reviewId, long accountId, OffsetDateTime now) {
        this.reviewId = reviewId;
        this.accountId = accountId;
        this.markedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public long reviewId() {
        return reviewId;
    }

    public OffsetDateTime markedAt() {
        return markedAt;
    }
}
