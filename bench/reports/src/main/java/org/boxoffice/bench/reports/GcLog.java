package org.boxoffice.bench.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's heap as its own GC log tells it ({@code -Xlog:gc:file=...:utctime}, which costs the
 * platform nothing, unlike sampling with jcmd, a JVM of its own on each call): each collection's line
 * gives the heap in use before it, after it and the heap committed, {@code 412M->96M(1024M)}. The
 * heap in use is highest just before a collection, so the largest "before" within a window is the
 * peak of the heap in use there, garbage included; the largest "after" is the most the application
 * kept alive at once (what it needs); the largest committed, what the JVM took from the machine.
 */
final class GcLog {

    /** The heap in a window of time, in MiB; zeros without a collection in the window. */
    record Heap(int collections, long peakUsedMiB, long peakLiveMiB, long committedMiB, long maxPauseMicros) {}

    private static final Pattern LINE = Pattern.compile(
            "^\\[([0-9T:.+\\-]+)\\].*GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private GcLog() {}

    /** The JVM option that writes the log this class reads. */
    static String option(Path file) {
        return "-Xlog:gc:file=" + file.toAbsolutePath() + ":utctime";
    }

    /** The collections that ended within {@code [from, to]}. */
    static Heap between(Path file, Instant from, Instant to) throws IOException {
        if (!Files.exists(file)) {
            return new Heap(0, 0, 0, 0, 0);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int collections = 0;
        long used = 0;
        long live = 0;
        long committed = 0;
        double pause = 0;
        for (String line : lines) {
            Matcher gc = LINE.matcher(line);
            if (!gc.find()) {
                continue;
            }
            Instant at = OffsetDateTime.parse(gc.group(1), TIME).toInstant();
            if (at.isBefore(from) || at.isAfter(to)) {
                continue;
            }
            collections++;
            used = Math.max(used, Long.parseLong(gc.group(3)));
            live = Math.max(live, Long.parseLong(gc.group(4)));
            committed = Math.max(committed, Long.parseLong(gc.group(5)));
            pause = Math.max(pause, Double.parseDouble(gc.group(6)));
        }
        return new Heap(collections, used, live, committed, Math.round(pause * 1000));
    }

    /** The heap in use after the last full collection before {@code before} (one the bench asked for). */
    static long liveAfterFullGc(Path file, Instant before) throws IOException {
        long live = 0;
        if (!Files.exists(file)) {
            return 0;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher gc = LINE.matcher(line);
            if (gc.find()
                    && gc.group(2).startsWith("Pause Full")
                    && !OffsetDateTime.parse(gc.group(1), TIME).toInstant().isAfter(before)) {
                live = Long.parseLong(gc.group(4));
            }
        }
        return live;
    }
}
