package org.boxoffice.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.boxoffice.account.boundary.TooManySignInsException;
import org.boxoffice.platform.boundary.RateCounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down whoever tries many passwords from one address, across accounts: after {@code attempts}
 * failures within the last {@code window} (counted in the database through {@link RateCounts},
 * so that the count holds across all instances), that address is refused for a while.
 */
@ApplicationScoped
public class AddressThrottle {

    /** The counter's prefix in {@code rate_count}. */
    static final String COUNTER = "sign-in:";

    @Inject
    @ConfigProperty(name = "boxoffice.account.throttle.attempts", defaultValue = "20")
    int attempts;

    @Inject
    @ConfigProperty(name = "boxoffice.account.throttle.window", defaultValue = "PT10M")
    Duration window;

    @Inject
    RateCounts counts;

    Clock clock = Clock.systemUTC();

    /** @throws TooManySignInsException while the address has used up its attempts */
    public void check(String address) {
        RateCounts.Count failures = counts.recent(COUNTER + address, window);
        if (failures.hits() >= attempts) {
            throw new TooManySignInsException(failures.retryAfter(clock.instant()));
        }
    }

    public void failed(String address) {
        counts.hit(COUNTER + address, window);
    }
}
