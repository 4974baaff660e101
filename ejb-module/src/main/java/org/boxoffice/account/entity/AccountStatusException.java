package org.boxoffice.account.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A change the account's status does not allow: each {@link Reason} has its code. */
public class AccountStatusException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code account.status.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** Only an active account can be disabled. */
        NOT_ACTIVE(Kind.CONFLICT),
        /** Only a disabled account can be enabled. */
        NOT_DISABLED(Kind.CONFLICT),
        /** A closed account changes no more. */
        CLOSED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code not-active}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    /** @param arguments the account's e-mail address, then its status */
    public AccountStatusException(Reason reason, Object... arguments) {
        super(reason.kind, "account.status." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
