package org.boxoffice.account.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/**
 * A change of an organisation's members that cannot be made: each {@link Reason} has its code,
 * {@code account.membership.} and the reason in lower case with hyphens.
 */
public class MembershipException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No account has the e-mail address given (argument: the address). */
        UNKNOWN_EMAIL(Kind.NOT_FOUND),
        /**
         * The account is a member of another organisation: an account belongs to one at most
         * (arguments: its address, the other organisation's name).
         */
        OTHER_ORGANISATION(Kind.CONFLICT),
        /** The account is no member of this organisation (arguments: the account's id, the organisation's name). */
        NOT_A_MEMBER(Kind.NOT_FOUND),
        /** Members are organizers or finance contacts, no other role (argument: the role asked for). */
        MEMBER_ROLE(Kind.INVALID);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code other-organisation}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public MembershipException(Reason reason, Object... arguments) {
        super(reason.kind, "account.membership." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
