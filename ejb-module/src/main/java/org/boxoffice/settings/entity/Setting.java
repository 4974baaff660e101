package org.boxoffice.settings.entity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.settings.entity.SettingException.Reason;

/**
 * A setting admins may change at runtime: its MicroProfile Config key, the type of its value and
 * the range a change must keep to. Values are written as text, as in MicroProfile Config, and kept
 * in the form {@link #normalize} gives them.
 */
public enum Setting {
    /** How long a booking holds its seats before it must be paid: 1 to 120 minutes. */
    HOLD_DURATION("boxoffice.booking.hold-duration", Type.DURATION, 1, 120, "PT10M"),
    /** How many hours before an event its customers are reminded: 1 to 168 (a week). */
    REMINDER_HOURS("boxoffice.notifications.reminder-hours", Type.NUMBER, 1, 168, "24"),
    /** How many failed sign-ins in a row lock an account: 1 to 100. */
    LOCKOUT_ATTEMPTS("boxoffice.account.lockout.attempts", Type.NUMBER, 1, 100, "5"),
    /** How long a locked account stays locked: 1 minute to 24 hours. */
    LOCKOUT_DURATION("boxoffice.account.lockout.duration", Type.DURATION, 1, 1440, "PT15M"),
    /**
     * The service fee per ticket of organisations without one of their own, charged on bookings of
     * events in its currency: 0 to 9999.99.
     */
    DEFAULT_SERVICE_FEE("boxoffice.booking.default-service-fee", Type.MONEY, 0, 0, "0.00 EUR"),
    /** Who gets every nightly sales report besides each organisation's finance contacts: up to 20. */
    FINANCE_ADDRESSES("boxoffice.reports.finance-addresses", Type.ADDRESSES, 0, 20, ""),
    /** The sender of every mail, an address with or without a name. */
    MAIL_FROM("boxoffice.mail.from", Type.SENDER, 0, 0, "boxoffice <no-reply@boxoffice.invalid>"),
    /**
     * Whether webhooks may go to addresses of this machine or a private network (loopback,
     * link-local, site-local, unique-local, multicast, any-local): false, unless the receivers are
     * known to run inside the operator's own network.
     */
    WEBHOOK_PRIVATE_ADDRESSES("boxoffice.webhooks.allow-private-addresses", Type.BOOLEAN, 0, 0, "false");

    /** The types of values, each with its own text form. */
    public enum Type {
        /** An ISO-8601 duration ({@code PT10M}) or whole minutes ({@code 10}); the range in minutes. */
        DURATION,
        /** A whole number. */
        NUMBER,
        /** An amount and an ISO 4217 currency code: {@code 1.50 EUR}. */
        MONEY,
        /** E-mail addresses separated by commas, semicolons or white space; none is an empty text. */
        ADDRESSES,
        /** One e-mail address, with a name or without: {@code boxoffice <no-reply@example.org>}. */
        SENDER,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

    /** The largest fee per ticket: far above any real one, well within {@code numeric(12, 2)}. */
    public static final BigDecimal MAX_FEE = new BigDecimal("9999.99");

    /** The longest value stored. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,4}(\\.\\d{1,3})?");

    private final String key;
    private final Type type;
    private final int least;
    private final int most;
    private final String fallback;

    Setting(String key, Type type, int least, int most, String fallback) {
        this.key = key;
        this.type = type;
        this.least = least;
        this.most = most;
        this.fallback = fallback;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The least value a change may set: minutes for a duration, the number for a number. */
    public int least() {
        return least;
    }

    /** The largest value a change may set (minutes, the number, or how many addresses). */
    public int most() {
        return most;
    }

    /**
     * The value taken when MicroProfile Config has none either: the one of
     * {@code microprofile-config.properties}, for a deployment without it.
     */
    public String fallback() {
        return fallback;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values())
                .filter(setting -> setting.key.equals(key))
                .findFirst();
    }

    /**
     * The value as it is stored: checked against the type and the range, in its one written form
     * ({@code 10} minutes is {@code PT10M}, {@code eur 1.5} is {@code 1.50 EUR}).
     *
     * @throws SettingException for a value this setting does not take
     */
    public String normalize(String text) {
        return format(parse(text, true));
    }

    /**
     * The value of a text, typed: a {@link Duration}, an {@link Integer}, a {@link Money}, a list
     * of addresses or the sender's address.
     *
     * @param checked whether the range applies; a default from MicroProfile Config is taken as the
     *     operator wrote it, only its form is checked
     * @throws SettingException for a text that is not of the type (or out of range, if checked)
     */
    public Object parse(String text, boolean checked) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_LENGTH) {
            value = value.substring(0, 40) + "…";
            return refuse(value);
        }
        return switch (type) {
            case DURATION -> duration(value, checked);
            case NUMBER -> number(value, checked);
            case MONEY -> money(value);
            case ADDRESSES -> addresses(value, checked);
            case SENDER -> sender(value);
            case BOOLEAN -> bool(value);
        };
    }

    /** The one written form of a typed value. */
    @SuppressWarnings("unchecked")
    public String format(Object value) {
        return switch (type) {
            case DURATION, NUMBER, MONEY, BOOLEAN -> value.toString();
            case ADDRESSES -> String.join(", ", (List<String>) value);
            case SENDER -> value.toString();
        };
    }

    private Duration duration(String value, boolean checked) {
        Duration duration;
        try {
            duration = value.matches("\\d{1,6}")
                    ? Duration.ofMinutes(Long.parseLong(value))
                    : Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return refuse(value);
        }
        if (duration.isNegative()
                || duration.isZero()
                || (checked
                        && (duration.compareTo(Duration.ofMinutes(least)) < 0
                                || duration.compareTo(Duration.ofMinutes(most)) > 0))) {
            return refuse(value);
        }
        return duration;
    }

    private Integer number(String value, boolean checked) {
        if (!value.matches("\\d{1,9}")) {
            return refuse(value);
        }
        int number = Integer.parseInt(value);
        if (checked ? number < least || number > most : number < 0) {
            return refuse(value);
        }
        return number;
    }

    private Money money(String value) {
        String[] parts = value.split("\\s+");
        if (parts.length != 2) {
            return refuse(value);
        }
        boolean codeFirst = parts[0].matches("[A-Za-z]{3}");
        String amount = codeFirst ? parts[1] : parts[0];
        String code = (codeFirst ? parts[0] : parts[1]).toUpperCase(Locale.ROOT);
        if (!AMOUNT.matcher(amount).matches() || !code.matches("[A-Z]{3}")) {
            return refuse(value);
        }
        Currency currency = Currency.getAvailableCurrencies().stream()
                .filter(candidate -> candidate.getCurrencyCode().equals(code))
                .findFirst()
                .orElse(null);
        BigDecimal number = new BigDecimal(amount);
        if (currency == null || number.compareTo(MAX_FEE) > 0) {
            return refuse(value);
        }
        try {
            return Money.of(number, currency);
        } catch (IllegalArgumentException e) {
            return refuse(value); // more decimals than the currency has
        }
    }

    private List<String> addresses(String value, boolean checked) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String address : SEPARATORS.split(value)) {
            if (address.isEmpty()) {
                continue;
            }
            if (!isAddress(address)) {
                throw new SettingException(Reason.INVALID_ADDRESS, key, address);
            }
            distinct.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
        }
        if (checked && distinct.size() > most) {
            throw new SettingException(Reason.TOO_MANY_ADDRESSES, key, distinct.size(), most);
        }
        return List.copyOf(new ArrayList<>(distinct.values()));
    }

    private String sender(String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return refuse(value.replaceAll("\\p{Cntrl}", " "));
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (!isAddress(address.getAddress())) {
                return refuse(value);
            }
            return address.toUnicodeString();
        } catch (AddressException e) {
            return refuse(value);
        }
    }

    private Boolean bool(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        return refuse(value);
    }

    private static boolean isAddress(String address) {
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            return false;
        }
        try {
            new InternetAddress(address, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    private <T> T refuse(String value) {
        throw switch (type) {
            case DURATION -> new SettingException(Reason.INVALID_DURATION, key, value, least, most);
            case NUMBER -> new SettingException(Reason.INVALID_NUMBER, key, value, least, most);
            case MONEY -> new SettingException(Reason.INVALID_MONEY, key, value, MAX_FEE.toPlainString());
            case ADDRESSES -> new SettingException(Reason.INVALID_ADDRESS, key, value);
            case SENDER -> new SettingException(Reason.INVALID_SENDER, key, value);
            case BOOLEAN -> new SettingException(Reason.INVALID_BOOLEAN, key, value);
        };
    }
}
