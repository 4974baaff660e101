package org.boxoffice.analytics.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A period the user analytics cannot count: each {@link Reason} has its code. */
public class UserAnalyticsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code user-analytics.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** A day is not a date of the calendar. */
        INVALID_DAY(Kind.INVALID),
        /** The period ends before it begins. */
        REVERSED_RANGE(Kind.INVALID),
        /** The period is longer than the figures cover. */
        RANGE_TOO_LONG(Kind.INVALID);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code range-too-long}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UserAnalyticsException(Reason reason, Object... arguments) {
        super(reason.kind, "user-analytics." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
