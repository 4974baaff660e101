package org.boxoffice.web.admin;

import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What this instance's metric registry says at one moment: the gauges as they stand, and the API's
 * counters and timers as totals since the start (two readings give the figures of the time
 * between).
 *
 * @param activeHolds holds running now, or null when the gauge cannot be read
 * @param queued notifications waiting for the mailer, or null
 * @param deadLetters messages on the dead-letter queue, or null
 * @param responses API responses since the start by status class: 2xx, 3xx, 4xx, 5xx
 * @param timed requests of the timed endpoints since the start
 * @param timedNanos their response times added up, in nanoseconds
 */
record InstanceFigures(
        Double activeHolds, Double queued, Double deadLetters, long[] responses, long timed, long timedNanos)
        implements Serializable {

    static final String ACTIVE_HOLDS = "boxoffice.holds.active";
    static final String QUEUED = "boxoffice.notifications.queued";
    static final String DEAD_LETTERS = "boxoffice.dead.letters";
    static final String RESPONSES = "boxoffice.api.responses";
    static final String REQUESTS = "boxoffice.api.requests";
    private static final String[] STATUS_CLASSES = {"2xx", "3xx", "4xx", "5xx"};

    static InstanceFigures read(MetricRegistry registry) {
        long[] responses = new long[STATUS_CLASSES.length];
        for (Map.Entry<MetricID, Counter> counter : registry.getCounters().entrySet()) {
            if (counter.getKey().getName().equals(RESPONSES)) {
                String status = counter.getKey().getTags().get("status");
                for (int i = 0; i < STATUS_CLASSES.length; i++) {
                    if (STATUS_CLASSES[i].equals(status)) {
                        responses[i] += counter.getValue().getCount();
                    }
                }
            }
        }
        long timed = 0;
        long nanos = 0;
        for (Map.Entry<MetricID, Timer> timer : registry.getTimers().entrySet()) {
            if (timer.getKey().getName().equals(REQUESTS)) {
                timed += timer.getValue().getCount();
                Duration elapsed = timer.getValue().getElapsedTime();
                nanos += elapsed == null ? 0 : elapsed.toNanos();
            }
        }
        return new InstanceFigures(
                gauge(registry, ACTIVE_HOLDS),
                gauge(registry, QUEUED),
                gauge(registry, DEAD_LETTERS),
                responses,
                timed,
                nanos);
    }

    /** A gauge's value; null when it is missing or its source fails (NaN). */
    private static Double gauge(MetricRegistry registry, String name) {
        Gauge<?> gauge = registry.getGauge(new MetricID(name));
        if (gauge == null) {
            return null;
        }
        Object value;
        try {
            value = gauge.getValue();
        } catch (RuntimeException e) {
            return null; // the source is down: the chart shows a gap, as /metrics shows NaN
        }
        if (value instanceof Number number && !Double.isNaN(number.doubleValue())) {
            return number.doubleValue();
        }
        return null;
    }

    long allResponses() {
        long all = 0;
        for (long count : responses) {
            all += count;
        }
        return all;
    }

    /** The share of server errors (5xx) among the responses since {@code before}, in percent; null without any. */
    Double serverErrorsSince(InstanceFigures before) {
        return share(responses[3] - before.responses[3], allResponses() - before.allResponses());
    }

    /** The share of refusals (4xx) among the responses since {@code before}, in percent; null without any. */
    Double clientErrorsSince(InstanceFigures before) {
        return share(responses[2] - before.responses[2], allResponses() - before.allResponses());
    }

    /** The mean response time of the timed endpoints since {@code before}, in milliseconds; null without requests. */
    Double meanMillisSince(InstanceFigures before) {
        long requests = timed - before.timed;
        return requests <= 0 ? null : (timedNanos - before.timedNanos) / 1_000_000.0 / requests;
    }

    private static Double share(long part, long all) {
        return all <= 0 ? null : 100.0 * part / all;
    }
}
