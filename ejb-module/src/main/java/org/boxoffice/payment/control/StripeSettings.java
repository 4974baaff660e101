package org.boxoffice.payment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link StripeGateway} needs: the account's keys, where Stripe's API is, how long to wait, and
 * where the customer's browser comes back to after a redirect (3-D Secure, wallets, PayPal).
 *
 * <p>Read from MicroProfile Config (each key overridable by its environment variable): {@code
 * boxoffice.payment.stripe.secret-key}, {@code .publishable-key}, {@code .webhook-secret} (no
 * defaults: the keys come from the environment only), {@code .api-base} ({@code
 * https://api.stripe.com}), {@code .webhook-tolerance-seconds} (300) and {@code
 * boxoffice.payment.timeout-ms} (10000). {@link #toString} shows no key.
 *
 * @param secretKey the secret API key ({@code sk_...}) or a restricted one ({@code rk_...})
 * @param publishableKey the key the customer's browser uses with Stripe.js ({@code pk_...})
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_...})
 * @param apiBase Stripe's API without a trailing slash
 * @param timeoutMillis how long one request waits for a connection and for its answer
 * @param webhookToleranceSeconds how old a webhook's signature may be
 * @param returnUrl where the customer's browser returns to after a redirect
 */
public record StripeSettings(
        String secretKey,
        String publishableKey,
        String webhookSecret,
        String apiBase,
        long timeoutMillis,
        long webhookToleranceSeconds,
        String returnUrl) {

    static final String SECRET_KEY = "boxoffice.payment.stripe.secret-key";
    static final String PUBLISHABLE_KEY = "boxoffice.payment.stripe.publishable-key";
    static final String WEBHOOK_SECRET = "boxoffice.payment.stripe.webhook-secret";
    static final String API_BASE = "boxoffice.payment.stripe.api-base";
    static final String WEBHOOK_TOLERANCE = "boxoffice.payment.stripe.webhook-tolerance-seconds";
    static final String TIMEOUT = "boxoffice.payment.timeout-ms";

    /**
     * The settings from configuration; {@code config} gives a property's value, if set.
     *
     * @param returnUrl where the customer's browser returns to after a redirect
     * @throws IllegalStateException naming every key that is missing or malformed (never its value)
     */
    public static StripeSettings from(Function<String, Optional<String>> config, String returnUrl) {
        List<String> problems = new ArrayList<>();
        String secretKey = key(config, SECRET_KEY, problems, "sk_", "rk_");
        String publishableKey = key(config, PUBLISHABLE_KEY, problems, "pk_");
        String webhookSecret = key(config, WEBHOOK_SECRET, problems, "whsec_");
        String apiBase =
                value(config, API_BASE).orElse("https://api.stripe.com").replaceAll("/+$", "");
        if (!apiBase.startsWith("https://") && !apiBase.startsWith("http://")) {
            problems.add(API_BASE + " must be an http(s) address, such as https://api.stripe.com");
        }
        long timeout = number(config, TIMEOUT, 10_000, problems);
        long tolerance = number(config, WEBHOOK_TOLERANCE, 300, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("boxoffice.payment.provider is stripe, but " + String.join("; ", problems));
        }
        return new StripeSettings(secretKey, publishableKey, webhookSecret, apiBase, timeout, tolerance, returnUrl);
    }

    private static String key(
            Function<String, Optional<String>> config, String name, List<String> problems, String... prefixes) {
        Optional<String> key = value(config, name);
        String variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        if (key.isEmpty()) {
            problems.add(name + " (" + variable + ") is not set: copy it from the Stripe Dashboard");
            return null;
        }
        for (String prefix : prefixes) {
            if (key.get().startsWith(prefix)) {
                return key.get();
            }
        }
        problems.add(name + " (" + variable + ") does not start with " + String.join(" or ", prefixes)
                + ": is it another of the account's keys?");
        return null;
    }

    private static long number(
            Function<String, Optional<String>> config, String name, long fallback, List<String> problems) {
        Optional<String> value = value(config, name);
        try {
            long number = value.map(Long::parseLong).orElse(fallback);
            if (number <= 0) {
                problems.add(name + " must be more than 0, not " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, not '" + value.get() + "'");
            return fallback;
        }
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String name) {
        return config.apply(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    @Override
    public String toString() {
        return "StripeSettings[apiBase=" + apiBase + ", timeoutMillis=" + timeoutMillis + ", webhookToleranceSeconds="
                + webhookToleranceSeconds + ", returnUrl=" + returnUrl + "]";
    }
}
