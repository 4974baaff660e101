package org.boxoffice.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.PaymentMethod;
import org.junit.jupiter.api.Test;

class PaymentDetailsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void aValidCardPassesAndKeepsOnlyItsBrandAndLastDigits() {
        PaymentDetails card = PaymentDetails.card("4242 4242 4242 4242", "12/30", "123");

        card.check(NOW);

        assertThat(card.brand()).isEqualTo("Visa");
        assertThat(card.last4()).isEqualTo("4242");
        assertThat(card.toString()).doesNotContain("4242 4242", "424242", "123").contains("ending 4242");
    }

    @Test
    void brandsFollowTheFirstDigits() {
        assertThat(PaymentDetails.card("5555555555554444", "12/30", "123").brand())
                .isEqualTo("Mastercard");
        assertThat(PaymentDetails.card("2223003122003222", "12/30", "123").brand())
                .isEqualTo("Mastercard");
        assertThat(PaymentDetails.card("378282246310005", "12/30", "1234").brand())
                .isEqualTo("American Express");
        assertThat(PaymentDetails.payPal("ada@example.org").brand()).isNull();
    }

    @Test
    void theLuhnChecksumCatchesATypo() {
        assertThat(PaymentDetails.luhn("4242424242424242")).isTrue();
        assertThat(PaymentDetails.luhn("4242424242424241")).isFalse();
        assertThat(PaymentDetails.luhn("4000002760003184")).isTrue();
    }

    @Test
    void badCardsAreRefusedNamingWhatIsWrong() {
        assertCode(PaymentDetails.card("4242424242424241", "12/30", "123"), "payment.invalid.card-number");
        assertCode(PaymentDetails.card("4242", "12/30", "123"), "payment.invalid.card-number");
        assertCode(PaymentDetails.card(null, "12/30", "123"), "payment.invalid.card-number");
        assertCode(PaymentDetails.card("4242424242424242", "2030-12", "123"), "payment.invalid.card-expiry");
        assertCode(PaymentDetails.card("4242424242424242", "13/30", "123"), "payment.invalid.card-expiry");
        assertCode(PaymentDetails.card("4242424242424242", "10/26", "123"), "payment.invalid.card-expired");
        assertCode(PaymentDetails.card("4242424242424242", "12/30", "12"), "payment.invalid.card-cvc");
        assertCode(PaymentDetails.card("4242424242424242", "12/30", null), "payment.invalid.card-cvc");
    }

    @Test
    void theCurrentMonthIsStillValid() {
        PaymentDetails.card("4242424242424242", "11/26", "123").check(NOW);
    }

    @Test
    void payPalNeedsAnAddressAndAWalletAToken() {
        PaymentDetails.payPal("ada@example.org").check(NOW);
        PaymentDetails.wallet("tok_approve").check(NOW);
        assertCode(PaymentDetails.payPal("ada"), "payment.invalid.payer-email");
        assertCode(PaymentDetails.payPal(null), "payment.invalid.payer-email");
        assertCode(PaymentDetails.wallet("tok approve"), "payment.invalid.wallet-token");
        assertCode(PaymentDetails.wallet(""), "payment.invalid.wallet-token");
        assertCode(new PaymentDetails(null, null, null, null, null, null), "payment.invalid.method");
        assertThat(PaymentDetails.wallet("tok_approve").method()).isEqualTo(PaymentMethod.WALLET);
    }

    @Test
    void detailsTheProvidersFormTakesNeedOnlyTheMethod() {
        PaymentDetails browser = PaymentDetails.confirmedByProvider(PaymentMethod.CARD);

        browser.check(NOW);

        assertThat(browser.confirmedByProvider()).isTrue();
        assertThat(browser.brand()).isNull();
        assertThat(browser.last4()).isNull();
        assertThat(browser.toString()).isEqualTo("PaymentDetails[CARD, confirmed by the provider]");
        PaymentDetails.confirmedByProvider(PaymentMethod.WALLET).check(NOW);
        PaymentDetails.confirmedByProvider(PaymentMethod.PAYPAL).check(NOW);
    }

    @Test
    void detailsTheProvidersFormTakesCarryNoCardDataAndAMethod() {
        assertCode(PaymentDetails.confirmedByProvider(null), "payment.invalid.method");
        assertCode(
                new PaymentDetails(PaymentMethod.CARD, "4242424242424242", "12/30", "123", null, null, true),
                "payment.invalid.card-data");
        assertCode(
                new PaymentDetails(PaymentMethod.CARD, null, null, "123", null, null, true),
                "payment.invalid.card-data");
    }

    @Test
    void aCardWithoutDataIsStillRefusedWhenTheBrowserDoesNotConfirm() {
        PaymentDetails card = new PaymentDetails(PaymentMethod.CARD, null, null, null, null, null);

        assertThat(card.confirmedByProvider()).isFalse();
        assertCode(card, "payment.invalid.card-number");
    }

    private static void assertCode(PaymentDetails details, String code) {
        assertThatThrownBy(() -> details.check(NOW))
                .isInstanceOf(InvalidPaymentException.class)
                .extracting(e -> ((InvalidPaymentException) e).code())
                .isEqualTo(code);
    }
}
