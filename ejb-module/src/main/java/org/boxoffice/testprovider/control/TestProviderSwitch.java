package org.boxoffice.testprovider.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this platform serves the built-in test provider: only while it is the provider in use
 * ({@code boxoffice.payment.provider}, {@code test} by default) and {@code
 * boxoffice.payment.test-provider.enabled} is not false. Elsewhere its API answers 404 and it sends
 * no webhooks. (The launcher refuses a production database with the test provider unless it is
 * switched on explicitly.)
 */
@ApplicationScoped
public class TestProviderSwitch {

    @Inject
    @ConfigProperty(name = "boxoffice.payment.provider", defaultValue = "test")
    String provider;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.enabled", defaultValue = "true")
    boolean enabled;

    public boolean on() {
        // read as PaymentGateways reads it: TEST chooses the test provider there, so it is on here
        return enabled && "test".equalsIgnoreCase(provider.strip());
    }
}
