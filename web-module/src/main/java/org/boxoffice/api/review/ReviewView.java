package org.boxoffice.api.review;

import java.time.OffsetDateTime;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.review.entity.Review;

/**
 * A review as the API shows it. The text is as its author typed it: a client escapes it where it
 * shows it. {@code verified}: the author was checked in at the event; {@code hidden} only shows to
 * the author and moderators; {@code helpfulToYou}: the signed-in caller marked it helpful.
 */
public record ReviewView(
        String id,
        String eventId,
        int rating,
        String text,
        String author,
        boolean verified,
        boolean hidden,
        int helpfulCount,
        boolean helpfulToYou,
        OffsetDateTime createdAt,
        OffsetDateTime editedAt,
        AnswerView answer) {

    /** The organizer's public answer. */
    public record AnswerView(String text, OffsetDateTime answeredAt) {}

    public static ReviewView of(Reviews.Shown shown) {
        return of(shown.review(), shown.author(), shown.helpfulToViewer());
    }

    public static ReviewView of(Review review, String author, boolean helpfulToYou) {
        return new ReviewView(
                String.valueOf(review.id()),
                String.valueOf(review.eventId()),
                review.rating(),
                review.text().orElse(null),
                author,
                review.isVerified(),
                review.isHidden(),
                review.helpfulCount(),
                helpfulToYou,
                review.createdAt(),
                review.editedAt().orElse(null),
                review.answer()
                        .map(text -> new AnswerView(text, review.answeredAt().orElse(null)))
                        .orElse(null));
    }
}
