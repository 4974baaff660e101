package org.boxoffice.api.metrics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Timer;

/**
 * One resource method's metrics: the first request filter notes the time, the last response
 * filter counts the response by its status class and, for a timed endpoint, adds the time taken.
 * A request that another filter refuses (no token, a body too large) is counted and timed as well.
 */
final class EndpointMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = EndpointMetrics.class.getName() + ".started";

    private final Counter[] responses;
    private final Timer timer;

    /**
     * @param responses the counters of 2xx, 3xx, 4xx and 5xx
     * @param timer null for an endpoint that is not timed
     */
    EndpointMetrics(Counter[] responses, Timer timer) {
        this.responses = responses;
        this.timer = timer;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (timer != null) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int index = response.getStatus() / 100 - 2;
        if (index >= 0 && index < responses.length) {
            responses[index].inc();
        }
        if (timer != null && request.getProperty(STARTED) instanceof Long started) {
            timer.update(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
