package org.boxoffice.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;
import org.boxoffice.notification.control.PortalLinks;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one {@link PaymentGateway} the platform charges through, chosen by {@code
 * boxoffice.payment.provider} ({@code BOXOFFICE_PAYMENT_PROVIDER}): {@code test}, the built-in test
 * provider (the default), or {@code stripe} with the account's keys from the environment (see {@link
 * StripeSettings}). The choice is made as the application starts: an unknown name or a missing key
 * fails the deployment with the reason, instead of the first payment.
 */
@ApplicationScoped
public class PaymentGateways {

    static final String PROVIDER = "boxoffice.payment.provider";

    /**
     * Where the customer's browser comes back to after a redirect of Stripe's when a charge names
     * no page of its own (charges name their booking's page): their bookings.
     */
    static final String RETURN_PATH = "/my/bookings.xhtml";

    private static final Logger LOG = Logger.getLogger(PaymentGateways.class.getName());

    @Inject
    @ConfigProperty(name = PROVIDER, defaultValue = "test")
    String provider;

    @Inject
    Config config;

    @Inject
    PortalLinks links;

    @Inject
    Instance<TestProviderGateway> testProvider;

    @Produces
    @ApplicationScoped
    PaymentGateway gateway() {
        return switch (provider.strip().toLowerCase(Locale.ROOT)) {
            case "test" -> testProvider.get();
            case StripeGateway.PROVIDER -> {
                StripeSettings settings = StripeSettings.from(
                        name -> config.getOptionalValue(name, String.class), links.portal(null) + RETURN_PATH);
                LOG.info(() -> "payments go to Stripe at " + settings.apiBase());
                yield new StripeGateway(settings);
            }
            default ->
                throw new IllegalStateException(
                        PROVIDER + " (BOXOFFICE_PAYMENT_PROVIDER) must be test or stripe, not '" + provider + "'");
        };
    }

    /** Chooses the gateway as the application starts, so that a wrong setting fails the deployment. */
    void chooseAtStart(@Observes @Initialized(ApplicationScoped.class) Object started, PaymentGateway gateway) {
        gateway.provider();
    }
}
