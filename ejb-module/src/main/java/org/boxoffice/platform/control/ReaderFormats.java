package org.boxoffice.platform.control;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Times and amounts as a customer reads them on paper, in a mail and on the tickets it carries
 * alike: in their language, English the British way (12 June 2026, 20:00), as the platform's
 * customers in Europe read it, rather than the American.
 */
public final class ReaderFormats {

    private ReaderFormats() {}

    /** The locale whose formats a reader of {@code language} gets. */
    public static Locale of(Locale language) {
        return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.UK : language;
    }

    /** A time spelled out, in the zone it happens in, named: "Friday, 12 June 2026, 20:00 (Central European Time)". */
    public static String when(ZonedDateTime time, Locale language) {
        return time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(of(language)))
                + " (" + time.getZone().getDisplayName(TextStyle.FULL, language) + ")";
    }

    /** An amount in its currency: "€1,234.50", "1.234,50 €". */
    public static String money(BigDecimal amount, Currency currency, Locale language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(of(language));
        format.setCurrency(currency);
        return format.format(amount);
    }
}
