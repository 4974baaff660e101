package org.boxoffice.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Stripe settings as the platform starts: every missing or mistaken key named, no key shown. */
class StripeSettingsTest {

    private static final String RETURN_URL = "https://tickets.example.org/my/bookings.xhtml";

    private static Map<String, String> complete() {
        Map<String, String> config = new HashMap<>();
        config.put("boxoffice.payment.stripe.secret-key", "sk_live_51SecretValue");
        config.put("boxoffice.payment.stripe.publishable-key", "pk_live_51PublicValue");
        config.put("boxoffice.payment.stripe.webhook-secret", "whsec_SigningValue");
        return config;
    }

    private static StripeSettings from(Map<String, String> config) {
        return StripeSettings.from(name -> Optional.ofNullable(config.get(name)), RETURN_URL);
    }

    @Test
    void theKeysWithTheDefaults() {
        StripeSettings settings = from(complete());

        assertThat(settings.secretKey()).isEqualTo("sk_live_51SecretValue");
        assertThat(settings.publishableKey()).isEqualTo("pk_live_51PublicValue");
        assertThat(settings.webhookSecret()).isEqualTo("whsec_SigningValue");
        assertThat(settings.apiBase()).isEqualTo("https://api.stripe.com");
        assertThat(settings.timeoutMillis()).isEqualTo(10_000);
        assertThat(settings.webhookToleranceSeconds()).isEqualTo(300);
        assertThat(settings.returnUrl()).isEqualTo(RETURN_URL);
        assertThat(settings.toString()).doesNotContain("Value");
    }

    @Test
    void theApiBaseTimeoutAndToleranceMayBeSet() {
        Map<String, String> config = complete();
        config.put("boxoffice.payment.stripe.api-base", "http://localhost:12111/");
        config.put("boxoffice.payment.timeout-ms", "2500");
        config.put("boxoffice.payment.stripe.webhook-tolerance-seconds", "60");
        config.put("boxoffice.payment.stripe.secret-key", "rk_test_restricted");

        StripeSettings settings = from(config);

        assertThat(settings.apiBase()).isEqualTo("http://localhost:12111");
        assertThat(settings.timeoutMillis()).isEqualTo(2500);
        assertThat(settings.webhookToleranceSeconds()).isEqualTo(60);
        assertThat(settings.secretKey()).isEqualTo("rk_test_restricted");
    }

    @Test
    void everyMissingKeyIsNamedWithItsVariable() {
        assertThatThrownBy(() -> from(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BOXOFFICE_PAYMENT_STRIPE_SECRET_KEY")
                .hasMessageContaining("BOXOFFICE_PAYMENT_STRIPE_PUBLISHABLE_KEY")
                .hasMessageContaining("BOXOFFICE_PAYMENT_STRIPE_WEBHOOK_SECRET");
        Map<String, String> blank = complete();
        blank.put("boxoffice.payment.stripe.webhook-secret", "  ");
        assertThatThrownBy(() -> from(blank))
                .hasMessageContaining("BOXOFFICE_PAYMENT_STRIPE_WEBHOOK_SECRET")
                .hasMessageNotContaining("SECRET_KEY)");
    }

    @Test
    void aKeyInTheWrongPlaceIsRefusedWithoutShowingIt() {
        Map<String, String> swapped = complete();
        swapped.put("boxoffice.payment.stripe.secret-key", "pk_live_51PublicValue");
        swapped.put("boxoffice.payment.stripe.publishable-key", "sk_live_51SecretValue");

        assertThatThrownBy(() -> from(swapped))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("boxoffice.payment.stripe.secret-key")
                .hasMessageContaining("boxoffice.payment.stripe.publishable-key")
                .hasMessageNotContaining("Value");
    }

    @Test
    void aTimeoutThatIsNoNumberIsNamed() {
        Map<String, String> config = complete();
        config.put("boxoffice.payment.timeout-ms", "ten seconds");

        assertThatThrownBy(() -> from(config)).hasMessageContaining("boxoffice.payment.timeout-ms");
    }

    @Test
    void anUnknownProviderIsRefused() {
        PaymentGateways gateways = new PaymentGateways();
        gateways.provider = "paypal";

        assertThatThrownBy(gateways::gateway)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BOXOFFICE_PAYMENT_PROVIDER")
                .hasMessageContaining("test or stripe");
    }
}
