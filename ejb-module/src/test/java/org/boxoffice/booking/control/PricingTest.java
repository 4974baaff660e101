package org.boxoffice.booking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    private static BigDecimal rate(String rate) {
        return new BigDecimal(rate);
    }

    @Test
    void twoEuroTicketsWithAFeeAndNineteenPercentVat() {
        Pricing.Breakdown breakdown = Pricing.of(Money.of("99.00", "EUR"), 2, rate("1.50"), rate("19.00"));

        assertThat(breakdown.subtotal().amount()).isEqualByComparingTo("99.00");
        assertThat(breakdown.feePerTicket().amount()).hasToString("1.50");
        assertThat(breakdown.fees().amount()).hasToString("3.00");
        // 99.00 x 19 / 119 = 15.8067...
        assertThat(breakdown.tax().amount()).hasToString("15.81");
        assertThat(breakdown.vatRate()).hasToString("19.00");
        assertThat(breakdown.total()).isEqualTo(Money.of("102.00", "EUR"));
        assertThat(breakdown.total().amount()).hasToString("102.00");
    }

    @Test
    void theVatOfAGrossAmountIsRoundedHalfUpToCents() {
        assertThat(Pricing.vatIncluded(Money.of("11.90", "EUR"), rate("19")).amount())
                .hasToString("1.90");
        // 10.00 x 7 / 107 = 0.6542...
        assertThat(Pricing.vatIncluded(Money.of("10.00", "EUR"), rate("7.00")).amount())
                .hasToString("0.65");
        // 0.05 x 100 / 200 = 0.025: half up
        assertThat(Pricing.vatIncluded(Money.of("0.05", "EUR"), rate("100")).amount())
                .hasToString("0.03");
        // 0.01 x 19 / 119 = 0.0016
        assertThat(Pricing.vatIncluded(Money.of("0.01", "EUR"), rate("19")).amount())
                .hasToString("0.00");
        // an odd amount at an odd rate: 33.33 x 7.25 / 107.25 = 2.2531...
        assertThat(Pricing.vatIncluded(Money.of("33.33", "EUR"), rate("7.25")).amount())
                .hasToString("2.25");
    }

    @Test
    void yenHaveNoDecimalsSoFeeAndTaxAreWholeYen() {
        Pricing.Breakdown breakdown = Pricing.of(Money.of("3000", "JPY"), 3, rate("1.50"), rate("10"));

        assertThat(breakdown.feePerTicket().amount()).hasToString("2");
        assertThat(breakdown.fees().amount()).hasToString("6");
        // 3000 x 10 / 110 = 272.72...
        assertThat(breakdown.tax().amount()).hasToString("273");
        assertThat(breakdown.total().amount()).hasToString("3006");
        // 1001 / 2 = 500.5: half up
        assertThat(Pricing.vatIncluded(Money.of(new BigDecimal("1001"), JPY), rate("100"))
                        .amount())
                .hasToString("501");
        assertThat(Pricing.perTicket(rate("1.49"), JPY).amount()).hasToString("1");
    }

    @Test
    void kuwaitiDinarsHaveThreeDecimals() {
        Pricing.Breakdown breakdown = Pricing.of(Money.of("12.35", "KWD"), 2, rate("0.25"), rate("5"));

        assertThat(breakdown.feePerTicket().amount()).hasToString("0.250");
        assertThat(breakdown.fees().amount()).hasToString("0.500");
        // 12.35 x 5 / 105 = 0.58809...
        assertThat(breakdown.tax().amount()).hasToString("0.588");
        assertThat(breakdown.total().amount()).hasToString("12.850");
        assertThat(breakdown.total().currency()).isEqualTo(KWD);
    }

    @Test
    void rateZeroContainsNoTaxAndNoFeeAddsNothing() {
        Pricing.Breakdown breakdown = Pricing.of(Money.of("45.67", "EUR"), 3, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(breakdown.tax().amount()).hasToString("0.00");
        assertThat(breakdown.fees().amount()).hasToString("0.00");
        assertThat(breakdown.vatRate()).hasToString("0.00");
        assertThat(breakdown.total()).isEqualTo(Money.of("45.67", "EUR"));
    }

    @Test
    void rateHundredIsHalfTheGrossAmount() {
        assertThat(Pricing.vatIncluded(Money.of("99.00", "EUR"), rate("100.00")).amount())
                .hasToString("49.50");
        assertThat(Pricing.vatIncluded(Money.of("0.001", "KWD"), rate("100")).amount())
                .hasToString("0.001");
    }

    @Test
    void aFreeBookingHasFeesButNoTax() {
        Pricing.Breakdown breakdown = Pricing.of(Money.of("0", "EUR"), 2, rate("0.99"), rate("19"));

        assertThat(breakdown.tax().isZero()).isTrue();
        assertThat(breakdown.total()).isEqualTo(Money.of("1.98", "EUR"));
    }

    @Test
    void ratesOutsideZeroToHundredOrFinerThanHundredthsAreRefused() {
        Money gross = Money.of("10.00", "EUR");
        assertThatThrownBy(() -> Pricing.vatIncluded(gross, rate("100.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.vatIncluded(gross, rate("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.vatIncluded(gross, rate("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.vatIncluded(gross, rate("19.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Pricing.requireRate(rate("100.000"))).isEqualByComparingTo("100");
    }

    @Test
    void aNegativeFeeIsRefused() {
        assertThatThrownBy(() -> Pricing.perTicket(rate("-0.01"), EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.of(Money.of("1", "EUR"), -1, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
