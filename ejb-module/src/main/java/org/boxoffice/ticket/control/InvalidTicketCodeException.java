package org.boxoffice.ticket.control;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A ticket code that does not prove a ticket: each {@link Reason} has its own code and message. */
public class InvalidTicketCodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why a code was refused, in the order the verifier finds out. */
    public enum Reason {
        /** Characters outside the alphabet, or bytes that are not the layout. */
        MALFORMED,
        /** Fewer characters than the layout needs: cut off. */
        TRUNCATED,
        /** A code of the old random form, which carries no signature: only the database knows it. */
        UNSIGNED,
        /** A layout version this platform does not know. */
        UNKNOWN_VERSION,
        /** Signed with a key id that is neither the current key's nor a previous one's. */
        UNKNOWN_KEY,
        /** The signature does not match: changed, or signed by another key. */
        FORGED;

        /** The last part of the message code, such as {@code unknown-key}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public InvalidTicketCodeException(Reason reason) {
        super(Kind.INVALID, "ticket.invalid-code." + reason.key());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
