package org.boxoffice.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A moderator hid or restored a review, and why: what the author's mail tells them. Never changed. */
@Entity
@Table(name = "review_moderation")
public class Moderation {

    public enum Action {
        HIDE,
        RESTORE
    }

    @Id
    @SequenceGenerator(name = "review_moderation_seq", sequenceName = "review_moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_moderation_seq")
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Action action;

    @Column(nullable = false, length = Review.REASON_MAX)
    private String reason;

    @Column(name = "moderator_id", nullable = false)
    private Long moderatorId;

    @Column(name = "moderated_at", nullable = false)
    private OffsetDateTime moderatedAt;

    protected Moderation() {}

    public Moderation(long reviewId, Action action, String reason, long moderatorId, OffsetDateTime now) {
        this.reviewId = reviewId;
        this.action = action;
        this.reason = Review.checkedReason(reason);
        this.moderatorId = moderatorId;
        this.moderatedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public Action action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime moderatedAt() {
        return moderatedAt;
    }
}
