package org.boxoffice.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.boxoffice.platform.boundary.Diagnostics;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the JMS broker takes connections: notifications depend on it. */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

    @Inject
    Diagnostics diagnostics;

    @Override
    public HealthCheckResponse call() {
        return Probes.response("broker", diagnostics.broker());
    }
}
