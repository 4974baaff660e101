package org.boxoffice.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times of the account's own as a mail states them: in UTC, in the reader's language. */
class LettersTest {

    @Test
    void anAccountsTimeIsInUtc() {
        OffsetDateTime time = OffsetDateTime.parse("2026-06-12T20:00:00+02:00");
        assertThat(Letters.utc(time, Locale.ENGLISH)).isEqualTo("12 June 2026, 18:00 UTC");
        assertThat(Letters.utc(time, Locale.GERMAN)).isEqualTo("12. Juni 2026, 18:00 UTC");
    }
}
