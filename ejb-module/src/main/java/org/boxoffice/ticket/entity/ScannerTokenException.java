package org.boxoffice.ticket.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A scanner token that cannot be made, found or used as asked: each {@link Reason} has its code. */
public class ScannerTokenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code scanner-token.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No token of this id for this event of the organizer's organisation. */
        UNKNOWN(Kind.NOT_FOUND),
        /** A label that is empty, too long or has control characters. */
        LABEL(Kind.INVALID),
        /** A gate that is too long or has control characters. */
        GATE(Kind.INVALID),
        /** An expiry that is not in the future. */
        EXPIRY_PAST(Kind.INVALID),
        /** An expiry more than a day after the event ends. */
        EXPIRY_TOO_LATE(Kind.INVALID),
        /** The event ended more than a day ago: no door is open any more. */
        EVENT_OVER(Kind.CONFLICT),
        /** A draft or cancelled event: no tickets to admit. */
        EVENT_NOT_PUBLISHED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code event-over}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String code() {
            return "scanner-token." + key();
        }
    }

    private final Reason reason;

    public ScannerTokenException(Reason reason, Object... arguments) {
        super(reason.kind, "scanner-token." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
