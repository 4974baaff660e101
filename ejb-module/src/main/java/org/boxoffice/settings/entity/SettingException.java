package org.boxoffice.settings.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/**
 * A setting that does not exist, or a value it does not take: each {@link Reason} has its code,
 * {@code setting.} and the reason in lower case with hyphens. The first argument is the setting's
 * key, the second the value as given.
 */
public class SettingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No setting has this key (arguments: the key). */
        UNKNOWN(Kind.NOT_FOUND),
        /** Not a duration within the setting's range (key, value, least and most minutes). */
        INVALID_DURATION(Kind.INVALID),
        /** Not a whole number within the setting's range (key, value, least, most). */
        INVALID_NUMBER(Kind.INVALID),
        /** Not an amount of money with its currency, or one out of range (key, value, most). */
        INVALID_MONEY(Kind.INVALID),
        /** One of the addresses of a list is not an e-mail address (key, that address). */
        INVALID_ADDRESS(Kind.INVALID),
        /** A list of more addresses than the setting takes (key, how many, most). */
        TOO_MANY_ADDRESSES(Kind.INVALID),
        /** Not one e-mail address, with or without a name (key, value). */
        INVALID_SENDER(Kind.INVALID),
        /** Neither {@code true} nor {@code false} (key, value). */
        INVALID_BOOLEAN(Kind.INVALID);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code invalid-duration}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public SettingException(Reason reason, Object... arguments) {
        super(reason.kind, "setting." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
