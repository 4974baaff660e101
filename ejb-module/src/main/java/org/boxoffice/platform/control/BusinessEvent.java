package org.boxoffice.platform.control;

import java.util.List;
import java.util.Locale;

/**
 * Something the business counts: a hold made, a booking confirmed, a payment's outcome, a refund, a
 * scan at the door. The component where it happens fires it as a CDI event inside its transaction,
 * and {@link BusinessMetrics} counts it only once that transaction has committed: a hold that rolls
 * back was never made, and is not counted.
 *
 * @param outcome the value of the kind's tag (lower case, such as {@code declined}); empty for a
 *     kind without one
 * @param times how many of them (a batch of scans counts its admissions at once)
 */
public record BusinessEvent(Kind kind, String outcome, long times) {

    /** What is counted, as one counter per outcome, named and described for {@code /metrics}. */
    public enum Kind {
        HOLD("boxoffice.holds", "Holds made: seats and places held for a new booking", null, List.of()),
        CONFIRMATION("boxoffice.confirmations", "Bookings confirmed with their tickets", null, List.of()),
        PAYMENT(
                "boxoffice.payments",
                "Outcomes of payment attempts: the provider's answer to a charge or its completion, and a"
                        + " success it reports later",
                "outcome",
                List.of("succeeded", "declined", "requires_action")),
        REFUND(
                "boxoffice.refunds",
                "Refunds the provider accepted, by reason",
                "reason",
                List.of("customer_cancellation", "event_cancelled", "admin", "late_payment")),
        CHECK_IN(
                "boxoffice.checkins",
                "Scans at the door, by result",
                "result",
                List.of("admitted", "already_used", "refused"));

        private final String metric;
        private final String description;
        private final String tag;
        private final List<String> outcomes;

        Kind(String metric, String description, String tag, List<String> outcomes) {
            this.metric = metric;
            this.description = description;
            this.tag = tag;
            this.outcomes = outcomes;
        }

        /** The counter's name; {@code /metrics} shows it with dots as underscores and {@code _total}. */
        public String metric() {
            return metric;
        }

        public String description() {
            return description;
        }

        /** The name of the tag that tells the outcomes apart, or null for a kind with one counter. */
        public String tag() {
            return tag;
        }

        /** The values of {@link #tag}, each counted from 0 as soon as the application has started. */
        public List<String> outcomes() {
            return outcomes;
        }
    }

    public BusinessEvent {
        outcome = outcome == null ? "" : outcome.toLowerCase(Locale.ROOT);
    }

    public BusinessEvent(Kind kind, String outcome) {
        this(kind, outcome, 1);
    }

    public static BusinessEvent hold() {
        return new BusinessEvent(Kind.HOLD, "");
    }

    public static BusinessEvent confirmation() {
        return new BusinessEvent(Kind.CONFIRMATION, "");
    }

    /** A payment's outcome, by the name of the gateway's result ({@code SUCCEEDED}, {@code DECLINED}...). */
    public static BusinessEvent payment(Enum<?> outcome) {
        return new BusinessEvent(Kind.PAYMENT, outcome.name());
    }

    /** A refund, by the name of its reason ({@code CUSTOMER_CANCELLATION}...). */
    public static BusinessEvent refund(Enum<?> reason) {
        return new BusinessEvent(Kind.REFUND, reason.name());
    }

    /** A scan at the door, by the name of its outcome ({@code ADMITTED}, {@code ALREADY_USED}, {@code REFUSED}). */
    public static BusinessEvent checkIn(Enum<?> result) {
        return checkIns(result, 1);
    }

    /** Scans at the door with the same outcome. */
    public static BusinessEvent checkIns(Enum<?> result, long times) {
        return new BusinessEvent(Kind.CHECK_IN, result.name(), times);
    }
}
