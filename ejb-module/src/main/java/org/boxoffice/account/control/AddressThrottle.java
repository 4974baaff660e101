package org.boxoffice.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.boxoffice.account.boundary.TooManySignInsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down whoever tries many passwords from one address, across accounts: after {@code attempts}
 * failures within {@code window}, that address is refused until the oldest failure leaves the
 * window. Kept in memory, per instance: a guard against guessing, not a ledger.
 */
@ApplicationScoped
public class AddressThrottle {

    /** Beyond this many addresses, the quiet ones are forgotten first. */
    static final int MAX_ADDRESSES = 50_000;

    @Inject
    @ConfigProperty(name = "boxoffice.account.throttle.attempts", defaultValue = "20")
    int attempts;

    @Inject
    @ConfigProperty(name = "boxoffice.account.throttle.window", defaultValue = "PT10M")
    Duration window;

    Clock clock = Clock.systemUTC();

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** @throws TooManySignInsException while the address has used up its attempts */
    public void check(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() >= attempts) {
                throw new TooManySignInsException(
                        Duration.between(now, recent.peekFirst().plus(window)));
            }
        }
    }

    public void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            Instant now = clock.instant();
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    prune(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, any -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > attempts) {
                recent.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
