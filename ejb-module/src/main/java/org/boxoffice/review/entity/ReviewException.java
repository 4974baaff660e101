package org.boxoffice.review.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A review, mark, report, answer or moderation that a rule refuses: each {@link Reason} has its code. */
public class ReviewException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code review.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No review with the id, or a hidden one the asker may not see. */
        UNKNOWN(Kind.NOT_FOUND),
        /** The customer neither was checked in nor held a valid ticket of the event. */
        NOT_ATTENDED(Kind.CONFLICT),
        /** The customer holds a ticket, but the event has not ended yet (and they were not checked in). */
        EVENT_NOT_ENDED(Kind.CONFLICT),
        /** The customer reviewed this event before: that review can be edited. */
        ALREADY_REVIEWED(Kind.CONFLICT),
        INVALID_RATING(Kind.INVALID),
        TEXT_TOO_LONG(Kind.INVALID),
        /** A text with a character no text keeps (NUL). */
        INVALID_TEXT(Kind.INVALID),
        /** Only its author edits a review. */
        NOT_AUTHOR(Kind.FORBIDDEN),
        /** Nobody marks their own review helpful. */
        OWN_REVIEW(Kind.CONFLICT),
        ALREADY_HELPFUL(Kind.CONFLICT),
        ALREADY_REPORTED(Kind.CONFLICT),
        /** A report or a moderation needs a reason of at most 1000 characters. */
        INVALID_REASON(Kind.INVALID),
        /** Only an organizer of the event's organisation answers. */
        NOT_ORGANIZER(Kind.FORBIDDEN),
        ALREADY_ANSWERED(Kind.CONFLICT),
        /** An answer has 1 to 2000 characters. */
        INVALID_ANSWER(Kind.INVALID),
        ALREADY_HIDDEN(Kind.CONFLICT),
        /** Others change the review at this moment: try again. */
        BUSY(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code not-attended}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    /** @param arguments what the message names (see messages.properties); ids and numbers as they are written, without grouping */
    public ReviewException(Reason reason, Object... arguments) {
        super(reason.kind, "review." + reason.key(), asWritten(arguments));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
