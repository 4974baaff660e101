package org.boxoffice.api.health;

import org.boxoffice.platform.boundary.Diagnostics;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A probe of a dependency as a named health check, its detail shown to the operator. */
final class Probes {

    private Probes() {}

    static HealthCheckResponse response(String name, Diagnostics.Probe probe) {
        return HealthCheckResponse.named(name)
                .status(probe.up())
                .withData("detail", probe.detail())
                .build();
    }
}
