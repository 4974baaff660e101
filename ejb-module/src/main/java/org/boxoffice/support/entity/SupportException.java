package org.boxoffice.support.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A case, message, attachment, desk action or canned reply that a rule refuses: each {@link Reason} has its code. */
public class SupportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code support.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No case with the id that the asker may see (another customer's case is answered the same). */
        UNKNOWN(Kind.NOT_FOUND),
        /** No booking of the customer with the id (another customer's booking is answered the same). */
        UNKNOWN_BOOKING(Kind.NOT_FOUND),
        /** No attachment with the id on the case that the asker may see. */
        UNKNOWN_ATTACHMENT(Kind.NOT_FOUND),
        UNKNOWN_CANNED_REPLY(Kind.NOT_FOUND),
        /** A subject has 1 to 200 characters. */
        INVALID_SUBJECT(Kind.INVALID),
        /** A message has 1 to 8000 characters. */
        INVALID_BODY(Kind.INVALID),
        /** A kind that does not exist. */
        INVALID_KIND(Kind.INVALID),
        /** Every kind but GENERAL is about a booking. */
        BOOKING_REQUIRED(Kind.INVALID),
        /** A GENERAL case is about no booking. */
        BOOKING_NOT_ALLOWED(Kind.INVALID),
        /** A closed case takes no new messages. */
        CASE_CLOSED(Kind.CONFLICT),
        /** The case changed since the desk read it: read it again. */
        CASE_CHANGED(Kind.CONFLICT),
        /** The case cannot go from its state to the one asked for. */
        INVALID_STATE_CHANGE(Kind.CONFLICT),
        /** A state that does not exist. */
        INVALID_STATE(Kind.INVALID),
        /** The case is about no booking: there is nothing to act on. */
        NO_BOOKING(Kind.CONFLICT),
        /** The booking's tickets exist only while it is confirmed. */
        BOOKING_NOT_CONFIRMED(Kind.CONFLICT),
        /** Only support staff and admins do this. */
        NOT_STAFF(Kind.FORBIDDEN),
        /** Nobody works on a case they opened themselves: another member of the desk does. */
        OWN_CASE(Kind.FORBIDDEN),
        /** Internal notes are the desk's and the organizers'. */
        INTERNAL_NOT_ALLOWED(Kind.FORBIDDEN),
        /** A case is assigned to a support or admin account only. */
        INVALID_ASSIGNEE(Kind.INVALID),
        /** An attachment that is not one's own, unused, of this case. */
        INVALID_ATTACHMENT(Kind.INVALID),
        /** A message carries at most this many attachments. */
        TOO_MANY_ATTACHMENTS(Kind.INVALID),
        /** The uploader has as many files waiting for a message on the case as one may. */
        ATTACHMENTS_WAITING(Kind.CONFLICT),
        ATTACHMENT_EMPTY(Kind.INVALID),
        ATTACHMENT_TOO_LARGE(Kind.TOO_LARGE),
        /** The content is not of a type that cases take, whatever the file is called. */
        ATTACHMENT_TYPE(Kind.UNSUPPORTED_TYPE),
        /** A file name has 1 to 255 characters, none of them a control character or a path separator. */
        INVALID_FILE_NAME(Kind.INVALID),
        /** A title of a canned reply has 1 to 200 characters. */
        INVALID_TITLE(Kind.INVALID),
        /** A language is a two-letter code such as en or de. */
        INVALID_LANGUAGE(Kind.INVALID),
        /** A filter of the queue that means nothing (assignee, age). */
        INVALID_FILTER(Kind.INVALID),
        /** Others change the case at this moment: try again. */
        BUSY(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code case-closed}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    /** @param arguments what the message names (see messages.properties); numbers as they are written, without grouping */
    public SupportException(Reason reason, Object... arguments) {
        super(reason.kind, "support." + reason.key(), asWritten(arguments));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
