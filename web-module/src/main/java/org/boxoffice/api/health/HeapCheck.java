package org.boxoffice.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap is not nearly exhausted; past that a restart is the cure. */
@Liveness
@ApplicationScoped
public class HeapCheck implements HealthCheck {

    static final double LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(used < LIMIT * max)
                .withData("usedMiB", used / (1024 * 1024))
                .withData("maxMiB", max / (1024 * 1024))
                .build();
    }
}
