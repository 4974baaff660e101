package org.boxoffice.analytics.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** Analytics that cannot be given: each {@link Reason} has its code. */
public class AnalyticsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code analytics.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** A day of the period is not a date of the calendar. */
        INVALID_DAY(Kind.INVALID),
        /** The period ends before it begins. */
        REVERSED_PERIOD(Kind.INVALID),
        /** The period is longer than the analytics cover. */
        PERIOD_TOO_LONG(Kind.INVALID),
        /** No organisation has this id, or none the asker may see; or the organizer is in none. */
        UNKNOWN_ORGANISATION(Kind.NOT_FOUND);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code period-too-long}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AnalyticsException(Reason reason, Object... arguments) {
        super(reason.kind, "analytics." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
