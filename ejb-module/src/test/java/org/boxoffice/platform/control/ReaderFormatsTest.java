package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times and amounts as mails and tickets state them: in the reader's language, English the British way. */
class ReaderFormatsTest {

    private static final ZonedDateTime IN_BERLIN =
            ZonedDateTime.of(2026, 6, 12, 20, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void aTimeIsSpelledOutInItsZone() {
        assertThat(ReaderFormats.when(IN_BERLIN, Locale.ENGLISH))
                .isEqualTo("Friday, 12 June 2026, 20:00 (Central European Time)");
        assertThat(ReaderFormats.when(IN_BERLIN, Locale.GERMAN))
                .isEqualTo("Freitag, 12. Juni 2026, 20:00 (Mitteleuropäische Zeit)");
    }

    @Test
    void anAmountInTheReadersWay() {
        Currency euro = Currency.getInstance("EUR");
        assertThat(ReaderFormats.money(new BigDecimal("1234.50"), euro, Locale.ENGLISH))
                .isEqualTo("€1,234.50");
        assertThat(ReaderFormats.money(new BigDecimal("1234.50"), euro, Locale.GERMAN)
                        .replace('\u00a0', ' '))
                .isEqualTo("1.234,50 €");
    }
}
