package org.boxoffice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.payment.boundary.Charges;

/**
 * The pages' content security policy as PrimeFaces sends it ({@code primefaces.CSP_POLICY} in
 * web.xml reads {@link #getScripts}; PrimeFaces adds each page's nonce): scripts from the portal
 * only; while the payment provider confirms payments in the browser (Stripe), also Stripe.js from
 * the origin of {@link StripeJs} ({@code https://js.stripe.com}, which Stripe requires it to be
 * loaded from; a test stand-in's otherwise). The policy names scripts only, so the frames of
 * Stripe's Payment Element ({@code js.stripe.com}, {@code hooks.stripe.com}) and its requests to
 * {@code api.stripe.com} are not restricted by it.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String SCRIPTS = "script-src 'self'";

    @Inject
    Charges charges;

    @Inject
    StripeJs stripeJs;

    private volatile String scripts;

    /** The {@code script-src} directive without the nonce, which PrimeFaces adds. */
    public String getScripts() {
        String policy = scripts;
        if (policy == null) {
            policy = charges.confirmsInBrowser() ? SCRIPTS + " " + stripeJs.origin() : SCRIPTS;
            scripts = policy;
        }
        return policy;
    }
}
