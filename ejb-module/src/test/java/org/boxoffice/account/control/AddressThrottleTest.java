package org.boxoffice.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.boxoffice.account.boundary.TooManySignInsException;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    private final AddressThrottle throttle = throttle(3, Duration.ofMinutes(10));

    @Test
    void anAddressIsRefusedAfterItsAttemptsUntilTheOldestFailureLeavesTheWindow() {
        fail("10.0.0.1", 3, START);

        at(START.plusSeconds(60));
        assertThatThrownBy(() -> throttle.check("10.0.0.1"))
                .isInstanceOf(TooManySignInsException.class)
                .satisfies(e ->
                        assertThat(((TooManySignInsException) e).retryAfter()).isEqualTo(Duration.ofMinutes(9)));
        assertThatNoException().as("other addresses are not concerned").isThrownBy(() -> throttle.check("10.0.0.2"));

        at(START.plus(Duration.ofMinutes(10)));
        assertThatNoException().isThrownBy(() -> throttle.check("10.0.0.1"));
    }

    @Test
    void fewerFailuresThanAttemptsPass() {
        fail("10.0.0.3", 2, START);

        assertThatNoException().isThrownBy(() -> throttle.check("10.0.0.3"));
    }

    private void fail(String address, int times, Instant when) {
        at(when);
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }

    private void at(Instant instant) {
        throttle.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static AddressThrottle throttle(int attempts, Duration window) {
        AddressThrottle throttle = new AddressThrottle();
        throttle.attempts = attempts;
        throttle.window = window;
        return throttle;
    }
}
