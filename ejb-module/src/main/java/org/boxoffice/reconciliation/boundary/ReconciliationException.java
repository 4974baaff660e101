package org.boxoffice.reconciliation.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A reconciliation that cannot be started or found: each {@link Reason} has its code. */
public class ReconciliationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code reconciliation.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No run has this id. */
        UNKNOWN(Kind.NOT_FOUND),
        /** The day is not a date of the calendar. */
        INVALID_DAY(Kind.INVALID),
        /** The day has not begun yet where the reconciliation counts its days. */
        FUTURE_DAY(Kind.INVALID),
        /** The run has not failed, so there is nothing to restart. */
        NOT_RESTARTABLE(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code future-day}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public ReconciliationException(Reason reason, Object... arguments) {
        super(reason.kind, "reconciliation." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
