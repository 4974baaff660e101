package org.boxoffice.admin.boundary;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A change of an account that admins may not make: each {@link Reason} has its code. */
public class AccountAdministrationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code admin.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** Admins do not disable or close their own account: another admin must. */
        OWN_ACCOUNT(Kind.CONFLICT),
        /** The change would leave no active admin. */
        LAST_ADMIN(Kind.CONFLICT),
        /** Disabling and closing need a reason, for the audit trail, of at most so many characters. */
        REASON_REQUIRED(Kind.INVALID),
        /** Who asks is no active admin (any more). */
        NOT_AN_ADMIN(Kind.FORBIDDEN);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code last-admin}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AccountAdministrationException(Reason reason, Object... arguments) {
        super(reason.kind, "admin." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
