package org.boxoffice.platform;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule of the business was broken. It rolls the transaction back, carries a stable code that
 * clients can rely on ({@code inventory.sold-out}), and renders its message from the translatable
 * bundle {@code org/boxoffice/platform/messages.properties}. The API turns it into problem+json,
 * the pages into a Faces message.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.boxoffice.platform.messages";

    /** What kind of failure this is; each maps to one HTTP status. */
    public enum Kind {
        /** Who is asking is not known, or not any more. */
        UNAUTHENTICATED,
        NOT_FOUND,
        CONFLICT,
        INVALID,
        /** A request that is not what it claims to be at all (a webhook without a valid signature): 400. */
        MALFORMED,
        FORBIDDEN,
        /** Too many attempts: refused for a while (see {@link RetryLater}). */
        TOO_MANY,
        /** A service the platform relies on (a payment provider) did not answer: try again later. */
        UNAVAILABLE,
        /** A body (an uploaded file) larger than the platform takes: 413. */
        TOO_LARGE,
        /** A body (an uploaded file) of a type the platform does not take, told from its content: 415. */
        UNSUPPORTED_TYPE,
        /** A change made against a version of the data that is no longer the current one (If-Match): 412. */
        PRECONDITION_FAILED
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] arguments;

    protected BusinessException(Kind kind, String code, Object... arguments) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /**
     * The arguments with every number turned into its digits as written, so that a message shows
     * ids as "1022", not "1,022" (MessageFormat groups the digits of a number it is given).
     */
    protected static Object[] asWritten(Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number number) {
                shown[i] = String.valueOf(number);
            }
        }
        return shown;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return format(code, locale, arguments);
    }

    /** The short, stable title of this kind of problem, such as "Sold out". */
    public String title(Locale locale) {
        return format(code + ".title", locale);
    }

    static String format(String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, BusinessException.class.getClassLoader())
                    .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
