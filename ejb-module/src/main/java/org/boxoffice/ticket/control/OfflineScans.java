package org.boxoffice.ticket.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The rules for scans made offline and uploaded later: when a scan counts as made, and in which
 * order a batch is applied. The earliest scan of a ticket is its admission, so a batch is applied
 * in the order of its scan times (the order of the upload for equal times), and a scan earlier
 * than an admission recorded before replaces it: the later one is the duplicate.
 */
public final class OfflineScans {

    /** How far a scanner's clock may run ahead of the platform's: a scan later than that is refused. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The most scans one upload takes. */
    public static final int MAX_BATCH = 1000;

    private OfflineScans() {}

    /**
     * The time of a scan: a date-time with offset no later than {@code now} plus {@link
     * #CLOCK_SKEW}, in UTC; empty for anything else.
     */
    public static Optional<OffsetDateTime> scanTime(String text, OffsetDateTime now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(text.strip());
            return at.isAfter(now.plus(CLOCK_SKEW))
                    ? Optional.empty()
                    : Optional.of(at.withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The positions of the scans in the order they are applied: by time, and scans of the same time
     * in the order they came.
     */
    public static List<Integer> order(List<OffsetDateTime> times) {
        return IntStream.range(0, times.size())
                .boxed()
                .sorted(Comparator.<Integer, OffsetDateTime>comparing(times::get, OffsetDateTime.timeLineOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * Whether a scan at {@code scannedAt} becomes the admission of a ticket admitted at {@code
     * admittedAt} (null: not admitted yet): only when it is strictly earlier, so that of two scans
     * at the same moment the one recorded first stays.
     */
    public static boolean admits(OffsetDateTime scannedAt, OffsetDateTime admittedAt) {
        return admittedAt == null || scannedAt.isBefore(admittedAt);
    }
}
