package org.boxoffice.api.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.platform.RateLimitException;
import org.boxoffice.platform.boundary.RateCounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's rate limits, counted in the database ({@link RateCounts}: one upsert per request) so
 * that they hold across all instances: each API client's requests per window (its own limit, at
 * most {@code boxoffice.api.rate-limit.client.requests}), and the token requests per address.
 * Fixed windows, aligned on the epoch, so that every instance agrees on them.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "boxoffice.api.rate-limit.client.window", defaultValue = "PT1M")
    Duration clientWindow;

    @Inject
    @ConfigProperty(name = "boxoffice.api.rate-limit.token.requests", defaultValue = "300")
    int tokenRequests;

    @Inject
    @ConfigProperty(name = "boxoffice.api.rate-limit.token.window", defaultValue = "PT1M")
    Duration tokenWindow;

    @Inject
    RateCounts counts;

    private final Clock clock = Clock.systemUTC();

    /** Counts a request of the client's token. @throws RateLimitException past the client's limit */
    public void client(ApiClient client) {
        count("client:" + client.clientId(), client.rateLimit(), clientWindow, "client");
    }

    /** Counts a token request from the address. @throws RateLimitException past the limit */
    public void tokenRequest(String address) {
        count("token:" + address, tokenRequests, tokenWindow, "address");
    }

    private void count(String counter, long limit, Duration window, String what) {
        RateCounts.Count count = counts.hit(counter, window);
        if (count.over(limit)) {
            throw new RateLimitException(what, limit, window, count.retryAfter(clock.instant()));
        }
    }
}
