package org.boxoffice.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.boxoffice.review.entity.Review;
import org.boxoffice.review.entity.ReviewException;

/**
 * The pages' words for what the review component refuses: each {@link ReviewException.Reason} has
 * the page text {@code reviews.refused.<reason>} (the reason's code without {@code review.}), which
 * says what to do on the page rather than naming ids as the API's messages do. The texts may use
 * {0} (when the event ends), {1} (the longest text), {2} and {3} (the lowest and highest rating),
 * {4} (the longest reason) and {5} (the longest answer).
 */
public final class ReviewRefusals {

    private ReviewRefusals() {}

    /** The page text's key of the refusal. */
    public static String key(ReviewException refusal) {
        return "reviews.refused." + refusal.reason().key();
    }

    /** The page text of the refusal; {@code endsAt} is the event's end as the page shows it, or "". */
    public static String text(ReviewException refusal, String endsAt) {
        return FacesMessages.text(key(refusal), arguments(endsAt));
    }

    /**
     * Shows the refusal, titled as the API titles it ("Event not ended yet"), in the messages that
     * show {@code forKey}, or in the page's (null).
     */
    public static void show(String forKey, ReviewException refusal, String endsAt) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                forKey,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        refusal.title(faces.getViewRoot().getLocale()),
                        text(refusal, endsAt)));
    }

    private static Object[] arguments(String endsAt) {
        return new Object[] {
            endsAt == null ? "" : endsAt,
            Review.TEXT_MAX,
            Review.MIN_RATING,
            Review.MAX_RATING,
            Review.REASON_MAX,
            Review.ANSWER_MAX
        };
    }
}
