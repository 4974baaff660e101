package org.boxoffice.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

/** Times and amounts as a mail states them: in the reader's language, an event's time in its venue's zone. */
class LettersTest {

    private static final ZonedDateTime IN_BERLIN =
            ZonedDateTime.of(2026, 6, 12, 20, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void anEventsTimeIsSpelledOutInItsZone() {
        assertThat(Letters.when(IN_BERLIN, Locale.ENGLISH))
                .isEqualTo("Friday, 12 June 2026, 20:00 (Central European Time)");
        assertThat(Letters.when(IN_BERLIN, Locale.GERMAN))
                .isEqualTo("Freitag, 12. Juni 2026, 20:00 (Mitteleuropäische Zeit)");
    }

    @Test
    void anAccountsTimeIsInUtc() {
        OffsetDateTime time = IN_BERLIN.toOffsetDateTime();
        assertThat(Letters.utc(time, Locale.ENGLISH)).isEqualTo("12 June 2026, 18:00 UTC");
        assertThat(Letters.utc(time, Locale.GERMAN)).isEqualTo("12. Juni 2026, 18:00 UTC");
    }

    @Test
    void anAmountInTheReadersWay() {
        assertThat(Letters.money(Money.of("1234.50", "EUR"), Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(Letters.money(Money.of("1234.50", "EUR"), Locale.GERMAN).replace('\u00a0', ' '))
                .isEqualTo("1.234,50 €");
    }
}
