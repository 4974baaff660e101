package org.boxoffice.review.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.boxoffice.review.entity.ReviewException.Reason;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T20:00:00+01:00");

    @Test
    void aNewReviewKeepsItsTextAsTypedAndWaitsForAModerator() {
        String typed = "  <b>Great</b> night & \"loud\"  ";
        Review review = new Review(7, 8, 5, typed, true, NOW);

        assertThat(review.text()).contains(typed);
        assertThat(review.isVerified()).isTrue();
        assertThat(review.isPending()).isTrue();
        assertThat(review.isHidden()).isFalse();
        assertThat(new Review(7, 8, 3, "   ", false, NOW).text()).isEmpty();
    }

    @Test
    void ratingsOutsideOneToFiveAndLongTextsAreRefusedWithTheirCodes() {
        assertThat(reason(() -> new Review(7, 8, 0, null, false, NOW))).isEqualTo(Reason.INVALID_RATING);
        assertThat(reason(() -> new Review(7, 8, 6, null, false, NOW))).isEqualTo(Reason.INVALID_RATING);
        assertThat(reason(() -> new Review(7, 8, 4, "x".repeat(Review.TEXT_MAX + 1), false, NOW)))
                .isEqualTo(Reason.TEXT_TOO_LONG);
        assertThat(new Review(7, 8, 4, "x".repeat(Review.TEXT_MAX), false, NOW).text())
                .hasValueSatisfying(text -> assertThat(text).hasSize(Review.TEXT_MAX));
        assertThat(reason(() -> new Review(7, 8, 4, "a\u0000b", false, NOW))).isEqualTo(Reason.INVALID_TEXT);
        assertThat(new ReviewException(Reason.TEXT_TOO_LONG, 4001, 4000).getMessage())
                .isEqualTo("The text has 4001 characters; a review takes at most 4000.");
    }

    @Test
    void anEditWaitsForAModeratorAgainAndNeverLosesTheVerifiedBadge() {
        Review review = new Review(7, 8, 5, "Great", true, NOW);
        review.restore();

        review.edit(2, "On second thought", false, NOW.plusDays(1));

        assertThat(review.rating()).isEqualTo(2);
        assertThat(review.isVerified()).isTrue();
        assertThat(review.isPending()).isTrue();
        assertThat(review.editedAt()).isPresent();
    }

    @Test
    void hidingAndRestoringTakeItOffTheQueueAndOnlyAHiddenOneIsRestored() {
        Review review = new Review(7, 8, 1, "Awful", false, NOW);
        review.reported();

        review.hide();
        assertThat(review.isHidden()).isTrue();
        assertThat(review.isPending()).isFalse();
        assertThat(review.isVisibleTo(8L, false)).as("its author").isTrue();
        assertThat(review.isVisibleTo(9L, false)).as("another user").isFalse();
        assertThat(review.isVisibleTo(null, true)).as("a moderator").isTrue();
        assertThat(reason(review::hide)).isEqualTo(Reason.ALREADY_HIDDEN);

        assertThat(review.restore()).isTrue();
        assertThat(review.isHidden()).isFalse();
        assertThat(review.restore()).as("kept as it is").isFalse();
    }

    @Test
    void anOrganizerAnswersOnce() {
        Review review = new Review(7, 8, 4, null, false, NOW);

        assertThat(reason(() -> review.answer(" ", 3, NOW))).isEqualTo(Reason.INVALID_ANSWER);
        assertThat(reason(() -> review.answer("x".repeat(Review.ANSWER_MAX + 1), 3, NOW)))
                .isEqualTo(Reason.INVALID_ANSWER);
        review.answer("Thank you!", 3, NOW);
        assertThat(review.answer()).contains("Thank you!");
        assertThat(reason(() -> review.answer("Again", 3, NOW))).isEqualTo(Reason.ALREADY_ANSWERED);
    }

    @Test
    void aReasonIsStrippedAndBounded() {
        assertThat(Review.checkedReason("  spam  ")).isEqualTo("spam");
        assertThat(reason(() -> Review.checkedReason(null))).isEqualTo(Reason.INVALID_REASON);
        assertThat(reason(() -> Review.checkedReason("x".repeat(Review.REASON_MAX + 1))))
                .isEqualTo(Reason.INVALID_REASON);
    }

    private static Reason reason(Runnable action) {
        try {
            action.run();
        } catch (ReviewException e) {
            return e.reason();
        }
        assertThatThrownBy(action::run).isInstanceOf(ReviewException.class);
        return null;
    }
}
