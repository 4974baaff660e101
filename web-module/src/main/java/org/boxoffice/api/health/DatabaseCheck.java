package org.boxoffice.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.boxoffice.platform.boundary.Diagnostics;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers. The launcher waits for this check by its name. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    @Inject
    Diagnostics diagnostics;

    @Override
    public HealthCheckResponse call() {
        return Probes.response("database", diagnostics.database());
    }
}
