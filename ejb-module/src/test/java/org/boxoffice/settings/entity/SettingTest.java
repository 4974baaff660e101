package org.boxoffice.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.settings.entity.SettingException.Reason;
import org.junit.jupiter.api.Test;

/** Each setting takes values of its type within its range, and keeps them in one written form. */
class SettingTest {

    @Test
    void aDurationIsMinutesOrISO8601WithinItsRange() {
        assertThat(Setting.HOLD_DURATION.normalize("3")).isEqualTo("PT3M");
        assertThat(Setting.HOLD_DURATION.normalize(" pt90m ")).isEqualTo("PT1H30M");
        assertThat(Setting.HOLD_DURATION.normalize("PT2H")).isEqualTo("PT2H");
        assertThat(Setting.LOCKOUT_DURATION.normalize("PT24H")).isEqualTo("PT24H");

        for (String refused : List.of("0", "121", "PT30S", "PT2H1M", "-PT5M", "ten", "", "P1D", "1e3")) {
            assertRefused(Setting.HOLD_DURATION, refused, Reason.INVALID_DURATION);
        }
        assertRefused(Setting.LOCKOUT_DURATION, "PT24H1M", Reason.INVALID_DURATION);
        assertThat(new SettingException(Reason.INVALID_DURATION, Setting.LOCKOUT_DURATION.key(), "x", 1, 1440)
                        .getMessage())
                .isEqualTo("boxoffice.account.lockout.duration: x is not a duration from 1 to 1440 minutes;"
                        + " write the minutes (10) or an ISO-8601 duration (PT10M).");
    }

    @Test
    void aDefaultIsTakenAsTheOperatorWroteItOnlyItsFormChecked() {
        assertThat(Setting.HOLD_DURATION.parse("PT10S", false)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Setting.REMINDER_HOURS.parse("500", false)).isEqualTo(500);
        assertThatThrownBy(() -> Setting.HOLD_DURATION.parse("soon", false)).isInstanceOf(SettingException.class);
    }

    @Test
    void aNumberIsWholeAndWithinItsRange() {
        assertThat(Setting.REMINDER_HOURS.normalize("168")).isEqualTo("168");
        assertThat(Setting.LOCKOUT_ATTEMPTS.normalize(" 2 ")).isEqualTo("2");
        for (String refused : List.of("0", "169", "-1", "1.5", "24h", "", "99999999999")) {
            assertRefused(Setting.REMINDER_HOURS, refused, Reason.INVALID_NUMBER);
        }
        assertRefused(Setting.LOCKOUT_ATTEMPTS, "0", Reason.INVALID_NUMBER);
    }

    @Test
    void aFeeIsANonNegativeAmountWithItsCurrency() {
        assertThat(Setting.DEFAULT_SERVICE_FEE.normalize("1.5 eur")).isEqualTo("1.50 EUR");
        assertThat(Setting.DEFAULT_SERVICE_FEE.normalize("CHF 2")).isEqualTo("2.00 CHF");
        assertThat(Setting.DEFAULT_SERVICE_FEE.normalize("0 JPY")).isEqualTo("0 JPY");
        assertThat(Setting.DEFAULT_SERVICE_FEE.parse("9999.99 EUR", true)).isEqualTo(Money.of("9999.99", "EUR"));
        for (String refused :
                List.of("1.50", "-1 EUR", "1.234 EUR", "1.5 JPY", "10000 EUR", "1.50 XYZ", "1,50 EUR", "EUR", "")) {
            assertRefused(Setting.DEFAULT_SERVICE_FEE, refused, Reason.INVALID_MONEY);
        }
    }

    @Test
    void financeAddressesAreValidDistinctAndFew() {
        assertThat(Setting.FINANCE_ADDRESSES.normalize("a@example.org; b@example.org\nA@example.org,  "))
                .isEqualTo("a@example.org, b@example.org");
        assertThat(Setting.FINANCE_ADDRESSES.normalize("")).isEmpty();
        assertThat(Setting.FINANCE_ADDRESSES.parse("", false)).isEqualTo(List.of());
        assertRefused(Setting.FINANCE_ADDRESSES, "a@example.org, not-an-address", Reason.INVALID_ADDRESS);
        assertRefused(Setting.FINANCE_ADDRESSES, "a@localhost", Reason.INVALID_ADDRESS);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("finance").append(i).append("@example.org ");
        }
        assertRefused(Setting.FINANCE_ADDRESSES, many.toString(), Reason.TOO_MANY_ADDRESSES);
        assertThat(new SettingException(Reason.TOO_MANY_ADDRESSES, "k", 21, 20).getMessage())
                .isEqualTo("k: 21 addresses are more than the 20 this setting takes.");
    }

    @Test
    void theSenderIsOneAddressWithOrWithoutAName() {
        assertThat(Setting.MAIL_FROM.normalize("Box Office <tickets@example.org>"))
                .isEqualTo("Box Office <tickets@example.org>");
        assertThat(Setting.MAIL_FROM.normalize("tickets@example.org")).isEqualTo("tickets@example.org");
        for (String refused : List.of(
                "tickets",
                "a@example.org, b@example.org",
                "Box <tickets@example.org>\r\nBcc: x@example.org",
                "",
                "<>")) {
            assertRefused(Setting.MAIL_FROM, refused, Reason.INVALID_SENDER);
        }
    }

    @Test
    void aValueTooLongIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> Setting.MAIL_FROM.normalize("x".repeat(Setting.MAX_LENGTH + 1)))
                .isInstanceOf(SettingException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void everyKeyIsFoundAndNoOther() {
        for (Setting setting : Setting.values()) {
            assertThat(Setting.byKey(setting.key())).contains(setting);
            assertThat(setting.normalize(setting.fallback())).isEqualTo(setting.fallback());
        }
        assertThat(Setting.byKey("boxoffice.data.dir")).isEmpty();
    }

    private static void assertRefused(Setting setting, String value, Reason reason) {
        assertThatThrownBy(() -> setting.normalize(value))
                .as(setting + " " + value)
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).startsWith(setting.key() + ": ");
                });
    }
}
