package org.boxoffice.account.control;

import java.util.Locale;
import java.util.Set;
import org.boxoffice.account.boundary.WeakPasswordException;

/**
 * What makes a password acceptable, after NIST SP 800-63B: length rather than composition rules,
 * and no password that is obviously guessable (the e-mail address, one repeated character, or one
 * of the most common passwords).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "123456789012",
            "password1234",
            "passwordpassword",
            "qwertyuiopas",
            "111111111111",
            "iloveyou1234",
            "administrator",
            "letmeinletmein",
            "welcome12345",
            "boxoffice123",
            "ticketsticket",
            "changemechangeme");

    private PasswordRules() {}

    /** @throws WeakPasswordException naming the rule, when the password breaks one */
    public static void check(char[] password, String email) {
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new WeakPasswordException("length");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.codePoints().distinct().count() == 1 || COMMON.contains(lower)) {
            throw new WeakPasswordException("guessable");
        }
        String local =
                email == null ? "" : email.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        if (lower.equals(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                || (local.length() >= 4 && lower.contains(local))) {
            throw new WeakPasswordException("email");
        }
    }
}
