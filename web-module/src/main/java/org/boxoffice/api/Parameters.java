package org.boxoffice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boxoffice.api.problem.InvalidParametersException;
import org.boxoffice.api.problem.Problem.FieldError;
import org.boxoffice.platform.entity.Page;

/**
 * Reads query parameters as text and collects every mistake, so that a client learns of all of
 * them at once in one 400 problem (JAX-RS would answer a badly typed query parameter with 404).
 */
public final class Parameters {

    private final List<FieldError> errors = new ArrayList<>();

    /** Pages from 1 to as far as the largest page size can reach without the offset overflowing. */
    public int page(String value) {
        return integer("page", value, 1, 1, Integer.MAX_VALUE / Page.MAX_SIZE);
    }

    public int size(String value) {
        return integer("size", value, 20, 1, Page.MAX_SIZE);
    }

    public int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return defaultValue;
        }
    }

    /** A position in a list read by id: the last id of the page before, 0 (the start) when absent. */
    public long after(String name, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add(new FieldError(name, "must be an id from the page before (its next)"));
        return 0;
    }

    /**
     * A value passed on as it is, such as a city compared exactly; a NUL is reported, because
     * PostgreSQL refuses it in any text and the query would fail.
     */
    public String exact(String name, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(name, "must not contain the character NUL"));
            return null;
        }
        return value;
    }

    /** Free text of at most {@code max} characters (surrounding blanks do not count); null when absent. */
    public String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new FieldError(name, "must be at most " + max + " characters"));
        }
        return text;
    }

    public BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0) {
                errors.add(new FieldError(name, "must not be negative"));
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be an amount such as 12.50"));
            return null;
        }
    }

    /** A date ({@code 2026-12-24}, the start of that day in UTC) or a date-time with offset. */
    public OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date (2026-12-24) or a date-time with offset"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, String value, Class<E> type, E defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String constant = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(constant)) {
                return option;
            }
        }
        List<String> options = new ArrayList<>();
        for (E option : type.getEnumConstants()) {
            options.add(option.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        errors.add(new FieldError(name, "must be one of " + String.join(", ", options)));
        return defaultValue;
    }

    /** A yes-or-no switch such as {@code available=true}: {@code true} or {@code false}, false when absent. */
    public boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (!text.equalsIgnoreCase("false")) {
            errors.add(new FieldError(name, "must be true or false"));
        }
        return false;
    }

    /**
     * An id that narrows a list, such as {@code eventId}: null when absent; a mistake when it
     * cannot be one of ours.
     */
    public Long idFilter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<Long> id = id(value.strip()).filter(number -> number > 0);
        if (id.isEmpty()) {
            errors.add(new FieldError(name, "must be an id"));
            return null;
        }
        return id.get();
    }

    /** An opaque id that is not one of ours: nothing can exist under it. */
    public static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Throws the collected mistakes, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }
}
