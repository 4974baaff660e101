package org.boxoffice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the customer's browser loads Stripe.js from: {@code boxoffice.payment.stripe.js-url}
 * ({@code BOXOFFICE_PAYMENT_STRIPE_JS_URL}), Stripe's own {@value #STRIPE} unless a stand-in for
 * tests serves it. The booking page hands the address to js/stripe-payment.js, and {@link
 * ContentSecurityPolicy} allows scripts from its origin, so that the two never disagree. A value
 * that is not an http(s) address fails the deployment, as the other Stripe settings do.
 */
@Named
@ApplicationScoped
public class StripeJs {

    static final String KEY = "boxoffice.payment.stripe.js-url";

    /** Where Stripe requires Stripe.js to be loaded from in production. */
    static final String STRIPE = "https://js.stripe.com/v3/";

    @Inject
    @ConfigProperty(name = KEY, defaultValue = STRIPE)
    String url;

    /** The address of Stripe.js, as the page loads it. */
    public String getUrl() {
        return url.strip();
    }

    /** The address's origin ({@code https://js.stripe.com}), as the content security policy names it. */
    public String origin() {
        return origin(getUrl());
    }

    /** Checks the setting as the application starts, instead of on the first page. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        origin();
    }

    /**
     * The scheme, host and port (when one is given) of an http(s) address, in lower case.
     *
     * @throws IllegalStateException naming the setting when the address is not an absolute http(s)
     *     address with a host
     */
    static String origin(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw malformed(address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw malformed(address);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static IllegalStateException malformed(String address) {
        return new IllegalStateException(
                KEY + " must be an http(s) address of Stripe.js, such as " + STRIPE + ", not '" + address + "'");
    }
}
