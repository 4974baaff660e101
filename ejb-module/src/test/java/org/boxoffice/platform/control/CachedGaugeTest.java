package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedGaugeTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong source = new AtomicLong(7);

    private CachedGauge gauge() {
        return new CachedGauge(
                "test",
                () -> {
                    reads.incrementAndGet();
                    return source.get();
                },
                Duration.ofSeconds(5),
                clock::get);
    }

    @Test
    void readsTheSourceAtMostOncePerMaximumAge() {
        CachedGauge gauge = gauge();

        assertThat(gauge.value()).isEqualTo(7.0);
        source.set(9);
        clock.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(gauge.value()).as("still fresh").isEqualTo(7.0);
        assertThat(reads).hasValue(1);

        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(gauge.value()).isEqualTo(9.0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailingSourceGivesNaNUntilItAnswersAgain() {
        AtomicInteger calls = new AtomicInteger();
        CachedGauge gauge = new CachedGauge(
                "failing",
                () -> {
                    if (calls.incrementAndGet() == 2) {
                        throw new IllegalStateException("broker down");
                    }
                    return 3;
                },
                Duration.ofSeconds(5),
                clock::get);

        assertThat(gauge.value()).isEqualTo(3.0);
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(gauge.value()).isNaN();
        assertThat(gauge.value())
                .as("the failure is kept for the maximum age too")
                .isNaN();
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(gauge.value()).isEqualTo(3.0);
    }

    @Test
    void whileOneCallerReadsTheSourceTheOthersGetTheLastValueWithoutWaiting() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachedGauge gauge = new CachedGauge(
                "slow",
                () -> {
                    if (calls.incrementAndGet() == 2) {
                        reading.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return 20;
                    }
                    return 10;
                },
                Duration.ofSeconds(5),
                clock::get);
        assertThat(gauge.value()).isEqualTo(10.0);
        clock.addAndGet(Duration.ofSeconds(6).toNanos());

        Thread slow = new Thread(gauge::value);
        slow.start();
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gauge.value()).as("the last value, at once").isEqualTo(10.0);
        release.countDown();
        slow.join(10_000);

        assertThat(gauge.value()).isEqualTo(20.0);
        assertThat(calls).hasValue(2);
    }
}
