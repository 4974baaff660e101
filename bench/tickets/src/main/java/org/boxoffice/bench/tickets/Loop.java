package org.boxoffice.bench.tickets;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.boxoffice.bench.common.BlockingHttp;

/**
 * A closed loop: {@code clients} threads, each with its own blocking keep-alive connection
 * ({@link BlockingHttp}), sending its next request as soon as the last answer is in, until the time
 * is up or the work runs out (a gate that has no more tickets to scan). What a request is and how
 * its answer counts is the {@link Work}'s: it times the answers it expects under a name of its own
 * ("admitted", "hold", "pdf") and counts any other answer by its status and problem code.
 */
final class Loop {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    /** One client's requests. */
    @FunctionalInterface
    interface Work {

        /**
         * Sends the next request (or a few, such as a hold and its payment) and tallies the answers.
         *
         * @return false when there is nothing left to send: this client stops
         */
        boolean next(CloseableHttpClient http, Tally tally, Random random) throws IOException;
    }

    /** Makes client number {@code client}'s work. */
    @FunctionalInterface
    interface Clients {
        Work client(int client);
    }

    /** One client's answers: latencies by kind, other answers counted, bytes received. */
    static final class Tally {

        private final Map<String, Histogram> timed = new TreeMap<>();
        private final Map<String, Long> counted = new TreeMap<>();
        private long bytes;

        /** An expected answer of this kind, {@code startedNanos} its request's start. */
        void time(String kind, long startedNanos) {
            long micros = Math.max(1, (System.nanoTime() - startedNanos) / 1000);
            timed.computeIfAbsent(kind, name -> new Histogram(3)).recordValue(micros);
        }

        /** Any other answer or event, counted by name. */
        void count(String kind) {
            counted.merge(kind, 1L, Long::sum);
        }

        /** An unexpected answer: counted as "what status code" (the problem's code, when it has one). */
        void unexpected(String what, int status, String body) {
            Matcher code = CODE.matcher(body == null ? "" : body);
            count(what + " " + status + (code.find() ? " " + code.group(1) : ""));
        }

        void bytes(long received) {
            bytes += received;
        }

        private void addTo(Tally all) {
            timed.forEach((kind, histogram) ->
                    all.timed.computeIfAbsent(kind, name -> new Histogram(3)).add(histogram));
            counted.forEach((kind, count) -> all.counted.merge(kind, count, Long::sum));
            all.bytes += bytes;
        }
    }

    /** A step's figures: the clients' tallies together, over the step's time. */
    record Step(int clients, double seconds, Map<String, Histogram> timed, Map<String, Long> counted, long bytes) {

        /** How many answers of this kind were timed. */
        long count(String kind) {
            Histogram histogram = timed.get(kind);
            return histogram == null ? 0 : histogram.getTotalCount();
        }

        double perSecond(String kind) {
            return count(kind) / seconds;
        }

        double millis(String kind, double percentile) {
            Histogram histogram = timed.get(kind);
            return histogram == null || histogram.getTotalCount() == 0
                    ? Double.NaN
                    : histogram.getValueAtPercentile(percentile) / 1000.0;
        }

        /** The answers that were not what the work expected, as "N × what", or "none". */
        String others() {
            return counted.isEmpty()
                    ? "none"
                    : counted.entrySet().stream()
                            .map(entry -> String.format("%,d × %s", entry.getValue(), entry.getKey()))
                            .collect(Collectors.joining(", "));
        }

        long counted(String prefix) {
            return counted.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(prefix))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    private Loop() {}

    /** Runs the clients for {@code duration} at most, each until its work runs out. */
    static Step run(int clients, Duration duration, long seed, Clients work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Tally>> runs = new ArrayList<>();
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            for (int c = 0; c < clients; c++) {
                Work client = work.client(c);
                Random random = new Random(seed * 1_000 + c);
                runs.add(pool.submit(() -> {
                    Tally tally = new Tally();
                    try (CloseableHttpClient http = BlockingHttp.client()) {
                        while (System.nanoTime() < deadline) {
                            try {
                                if (!client.next(http, tally, random)) {
                                    break;
                                }
                            } catch (IOException e) {
                                tally.count("no answer: " + e.getClass().getSimpleName());
                            }
                        }
                    }
                    return tally;
                }));
            }
            Tally all = new Tally();
            for (Future<Tally> run : runs) {
                run.get().addTo(all);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Step(clients, seconds, all.timed, all.counted, all.bytes);
        } finally {
            pool.shutdownNow();
        }
    }
}
