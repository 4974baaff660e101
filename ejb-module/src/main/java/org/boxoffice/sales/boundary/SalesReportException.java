package org.boxoffice.sales.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A sales report that cannot be started, found or listed: each {@link Reason} has its code. */
public class SalesReportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code report.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No report has this id, or none the asker may see. */
        UNKNOWN(Kind.NOT_FOUND),
        /** The day is not a date of the calendar. */
        INVALID_DAY(Kind.INVALID),
        /** The day has not ended yet where the organisation counts its days. */
        UNFINISHED_DAY(Kind.INVALID),
        /** The range ends before it begins. */
        REVERSED_RANGE(Kind.INVALID),
        /** The range is longer than a report list covers. */
        RANGE_TOO_LONG(Kind.INVALID),
        /** The report's files are not written yet (it runs, or it failed). */
        NOT_READY(Kind.CONFLICT),
        /** The report has not failed, so there is nothing to restart. */
        NOT_RESTARTABLE(Kind.CONFLICT);

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

    public SalesReportException(Reason reason, Object... arguments) {
        super(reason.kind, "report." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
