package org.boxoffice.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void scalesTheAmountToTheDecimalsOfTheCurrency() {
        Money money = Money.of(new BigDecimal("12.5"), EUR);

        assertThat(money.amount()).isEqualByComparingTo("12.50");
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money.currency()).isEqualTo(EUR);
        assertThat(money).hasToString("12.50 EUR");
    }

    @Test
    void scalesWholeAmountsUpAndTrailingZerosDown() {
        assertThat(Money.of("12", "EUR").amount()).isEqualTo(new BigDecimal("12.00"));
        assertThat(Money.of("12.5000", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("1500.00", "JPY").amount()).isEqualTo(new BigDecimal("1500"));
    }

    @Test
    void acceptsZero() {
        Money free = Money.of("0", "EUR");

        assertThat(free.isZero()).isTrue();
        assertThat(Money.of("0.01", "EUR").isZero()).isFalse();
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("-0.01", "EUR"))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("-5"), JPY));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("12.505", "EUR"))
                .withMessageContaining("EUR has 2 decimals");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1500.5", "JPY"))
                .withMessageContaining("JPY has 0 decimals");
    }

    @Test
    void acceptsAsManyDecimalsAsTheCurrencyHas() {
        assertThat(Money.of("12.99", "EUR").amount()).isEqualTo(new BigDecimal("12.99"));
        assertThat(Money.of("1.234", "BHD").amount()).isEqualTo(new BigDecimal("1.234"));
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> Money.of(null, EUR));
        assertThatNullPointerException().isThrownBy(() -> Money.of(BigDecimal.ONE, null));
    }

    @Test
    void equalsAndHashCodeIgnoreTheScale() {
        Money scaled = Money.of(new BigDecimal("12.50"), EUR);
        Money unscaled = Money.of(new BigDecimal("12.5"), EUR);

        assertThat(scaled).isEqualTo(unscaled).hasSameHashCodeAs(unscaled);
        assertThat(Money.of("1500", "JPY")).isEqualTo(Money.of("1500.00", "JPY"));
        assertThat(Money.of("1500", "JPY")).hasSameHashCodeAs(Money.of("1500.00", "JPY"));
    }

    @Test
    void equalsTellsAmountsAndCurrenciesApart() {
        Money money = Money.of("12.50", "EUR");

        assertThat(money)
                .isNotEqualTo(Money.of("12.51", "EUR"))
                .isNotEqualTo(Money.of("12.50", "CHF"))
                .isNotEqualTo(new BigDecimal("12.50"))
                .isNotEqualTo(null);
    }
}
