package org.boxoffice.platform.control;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A gauge's value read from its source (a count in the database, the depth of a queue) at most
 * once per {@code maxAge}: scrapes in between, from one Prometheus or several, get the value read
 * last. While one caller reads the source, the others do not wait for it: they get the last value
 * too. A source that fails gives NaN (Prometheus' "no value") until it answers again; the first
 * failure of a row is logged.
 */
public final class CachedGauge {

    private static final Logger LOG = Logger.getLogger(CachedGauge.class.getName());

    private final String name;
    private final LongSupplier source;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private final ReentrantLock reading = new ReentrantLock();

    private volatile double value = Double.NaN;
    private volatile long readAt;
    private volatile boolean read;
    private boolean failing;

    /**
     * @param name what the log calls it
     * @param nanoClock {@link System#nanoTime} but in tests
     */
    public CachedGauge(String name, LongSupplier source, Duration maxAge, LongSupplier nanoClock) {
        this.name = name;
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The value, read from the source if the last reading is older than the maximum age. */
    public double value() {
        if (isFresh() || !reading.tryLock()) {
            return value;
        }
        try {
            if (!isFresh()) {
                value = readSource();
                readAt = nanoClock.getAsLong();
                read = true;
            }
            return value;
        } finally {
            reading.unlock();
        }
    }

    private boolean isFresh() {
        return read && nanoClock.getAsLong() - readAt < maxAgeNanos;
    }

    private double readSource() {
        try {
            double now = source.getAsLong();
            failing = false;
            return now;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, e, () -> "the gauge " + name + " could not be read; it shows NaN until it can");
            }
            failing = true;
            return Double.NaN;
        }
    }
}
