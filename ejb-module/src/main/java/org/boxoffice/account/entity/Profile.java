package org.boxoffice.account.entity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of an account's personal details, in one place for the API, the pages and the entity:
 * each returns the value as stored (stripped; empty optional fields become {@code null}) or throws
 * {@link InvalidProfileException} naming the rule.
 */
public final class Profile {

    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 300;

    /** Digits with the usual separators, an optional leading +: enough to call, not a format police. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()./-]{3,29}$");

    /** The languages mails and notifications are written in, by ISO 639 code; the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private Profile() {}

    /** A language of {@link #LANGUAGES}, by its code in any case; null or blank: the default. */
    public static String language(String value) {
        if (value == null || value.isBlank()) {
            return LANGUAGES.get(0);
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new InvalidProfileException("language");
        }
        return code;
    }

    public static String displayName(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidProfileException("name-required");
        }
        String name = value.strip();
        if (name.length() > NAME_MAX) {
            throw new InvalidProfileException("name-length");
        }
        return name;
    }

    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String phone = value.strip();
        if (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches()) {
            throw new InvalidProfileException("phone");
        }
        return phone;
    }

    public static String postalAddress(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (address.length() > ADDRESS_MAX) {
            throw new InvalidProfileException("address-length");
        }
        return address;
    }
}
