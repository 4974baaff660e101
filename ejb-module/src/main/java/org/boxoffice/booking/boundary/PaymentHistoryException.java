package org.boxoffice.booking.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A payment of the transaction history, or a list of them, that cannot be had as asked: each {@link Reason} has its code. */
public class PaymentHistoryException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code payment.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No payment of this id that the asker may see: another customer's is not told apart from none. */
        UNKNOWN(Kind.NOT_FOUND),
        /** The payment took no money (declined, abandoned, still open): it has no receipt. */
        NOT_PAID(Kind.CONFLICT),
        /** The scope asked for needs a role the asker does not have. */
        SCOPE_FORBIDDEN(Kind.FORBIDDEN);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code not-paid}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public PaymentHistoryException(Reason reason, Object... arguments) {
        super(reason.kind, "payment." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
