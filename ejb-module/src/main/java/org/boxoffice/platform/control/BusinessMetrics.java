package org.boxoffice.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The counters of {@link BusinessEvent}s in the application's metric registry ({@code /metrics},
 * scope {@code application}). A boundary reports what happened with {@link #afterCommit}, counted
 * by an observer {@code during = AFTER_SUCCESS}, or, for what counts even when its transaction
 * rolls back, with {@link #count}. Each counter of each kind and outcome exists from the start with 0,
 * so that a scrape sees it before the first event and Prometheus' {@code rate()} sees its first
 * increase. A count costs an atomic add: nothing is read or written elsewhere.
 */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    Event<BusinessEvent> events;

    private final Map<BusinessEvent.Kind, Map<String, Counter>> counters = new EnumMap<>(BusinessEvent.Kind.class);

    /** Registers every counter when the application starts (which also creates this bean). */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (BusinessEvent.Kind kind : BusinessEvent.Kind.values()) {
            Map<String, Counter> byOutcome = new ConcurrentHashMap<>();
            if (kind.tag() == null) {
                byOutcome.put("", registry.counter(metadata(kind)));
            } else {
                kind.outcomes().forEach(outcome -> byOutcome.put(outcome, counter(kind, outcome)));
            }
            counters.put(kind, byOutcome);
        }
    }

    /** Counts the event once the current transaction has committed; at once when there is none. */
    public void afterCommit(BusinessEvent event) {
        events.fire(event);
    }

    /** Counts an event fired in a transaction once that transaction has committed (at once without one). */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BusinessEvent event) {
        count(event);
    }

    /**
     * Counts an event now, whatever becomes of the current transaction: for what happened even
     * though nothing is kept of it (a scan the door refused, whose transaction rolls back).
     */
    public void count(BusinessEvent event) {
        Map<String, Counter> byOutcome = counters.get(event.kind());
        if (byOutcome == null) {
            return; // before the start: nothing can happen then
        }
        byOutcome
                .computeIfAbsent(event.outcome(), outcome -> counter(event.kind(), outcome))
                .inc(event.times());
    }

    private Counter counter(BusinessEvent.Kind kind, String outcome) {
        return registry.counter(metadata(kind), new Tag(kind.tag(), outcome));
    }

    private static Metadata metadata(BusinessEvent.Kind kind) {
        return Metadata.builder()
                .withName(kind.metric())
                .withDescription(kind.description())
                .build();
    }
}
