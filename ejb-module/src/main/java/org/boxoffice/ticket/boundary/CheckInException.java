package org.boxoffice.ticket.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.ticket.control.InvalidTicketCodeException;

/**
 * A scan that admits nobody, for a reason other than a ticket already used ({@link
 * AlreadyAdmittedException}): each {@link Reason} has its code.
 */
public class CheckInException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code checkin.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** Not a genuine code: forged, changed, cut off, or signed with a key this platform does not know. */
        INVALID_CODE(Kind.INVALID),
        /** A genuine code of an event this scanner does not admit to. */
        OTHER_EVENT(Kind.INVALID),
        /** A genuine code, but no such ticket. */
        UNKNOWN_TICKET(Kind.NOT_FOUND),
        /** The ticket's booking was cancelled or refunded. */
        TICKET_VOID(Kind.CONFLICT),
        /** A scan time that is not a date-time with offset, or lies in the future. */
        SCAN_TIME(Kind.INVALID),
        /** Another event's check-in list or figures, asked for with a scanner token. */
        NOT_THIS_EVENT(Kind.FORBIDDEN),
        /** Other scans of the same tickets kept their rows locked past the bounded wait. */
        BUSY(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code ticket-void}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String code() {
            return "checkin." + key();
        }
    }

    private final Reason reason;
    private final InvalidTicketCodeException invalidCode;

    public CheckInException(Reason reason, Object... arguments) {
        super(reason.kind, "checkin." + reason.key(), arguments);
        this.reason = reason;
        this.invalidCode = null;
    }

    /** A code that is not genuine: the detail says why, as the verifier found it. */
    public CheckInException(InvalidTicketCodeException invalid) {
        super(Kind.INVALID, "checkin.invalid-code");
        this.reason = Reason.INVALID_CODE;
        this.invalidCode = invalid;
        initCause(invalid);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String message(Locale locale) {
        return invalidCode == null ? super.message(locale) : invalidCode.message(locale);
    }
}
