package org.boxoffice.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Times requests over HTTP: the whole round trip, from sending the request to the last byte of the
 * answer, recorded in microseconds. Every answer must be 200 with the shape of its resource, or the
 * run stops: a fast error page is no measurement.
 */
final class Measurement {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern ITEM = Pattern.compile("\"soldOut\"\\s*:");
    private static final Pattern SEAT = Pattern.compile("\\[\\d+,\\d+,\\d+,\"([FHSB])\",[01]\\]");

    private final URI base;

    Measurement(URI base) {
        this.base = base;
    }

    /** One shape's figures. {@code items} and {@code total} are averages over the timed requests. */
    record Result(
            Shapes.Shape shape,
            String exampleUrl,
            Histogram latencies,
            double items,
            double total,
            long minTotal,
            long maxTotal,
            long bytes,
            String slowestUrl,
            String seats) {

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latencies.getMaxValue() / 1000.0;
        }

        long count() {
            return latencies.getTotalCount();
        }

        boolean missesTarget() {
            return millis(99) > shape.targetMillis();
        }
    }

    /** What happens between the warm-up and the timed requests. */
    interface BeforeTimed {
        void run() throws Exception;
    }

    /** The warm-up ends after this long even if fewer requests were sent. */
    static final Duration WARMUP_BUDGET = Duration.ofSeconds(30);

    /** Timed requests of one shape, at least this many even past the time budget. */
    static final int MIN_TIMED = 20;

    /**
     * Warm-up requests, then {@code requests} timed ones, one after the other on one client. A shape
     * slow enough to take longer than {@code budget} stops early (after at least {@link #MIN_TIMED}),
     * so that a shape of seconds per request does not hold the run for an hour; its p99 is then
     * close to its maximum, which changes no conclusion about a target of 50 ms.
     */
    Result sequential(Shapes.Shape shape, int warmup, int requests, Duration budget, long seed, BeforeTimed beforeTimed)
            throws Exception {
        HttpClient client = client();
        Random random = new Random(seed);
        long warmupEnd = System.nanoTime() + WARMUP_BUDGET.toNanos();
        for (int i = 0; i < warmup && System.nanoTime() < warmupEnd; i++) {
            get(client, shape.path().apply(random));
        }
        beforeTimed.run();
        Histogram latencies = new Histogram(3);
        String example = null;
        String slowest = null;
        long slowestMicros = -1;
        double items = 0;
        double total = 0;
        long minTotal = Long.MAX_VALUE;
        long maxTotal = 0;
        long bytes = 0;
        String seats = "";
        long end = System.nanoTime() + budget.toNanos();
        int sent = 0;
        while (sent < requests && (sent < MIN_TIMED || System.nanoTime() < end)) {
            String path = shape.path().apply(random);
            Answer answer = get(client, path);
            sent++;
            latencies.recordValue(answer.micros());
            if (example == null) {
                example = path;
                seats = seatStates(answer.body());
            }
            if (answer.micros() > slowestMicros) {
                slowestMicros = answer.micros();
                slowest = path;
            }
            items += answer.items();
            total += answer.total();
            minTotal = Math.min(minTotal, answer.total());
            maxTotal = Math.max(maxTotal, answer.total());
            bytes += answer.body().length();
        }
        return new Result(
                shape,
                example,
                latencies,
                items / sent,
                total / sent,
                minTotal,
                maxTotal,
                bytes / sent,
                slowest,
                seats);
    }

    /** Several clients sending one shape as fast as answers come, for a while. */
    record Throughput(int clients, long requests, double seconds, Histogram latencies) {

        double perSecond() {
            return requests / seconds;
        }
    }

    Throughput concurrent(Shapes.Shape shape, int clients, Duration duration, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<Histogram>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long clientSeed = seed + c;
                runs.add(pool.submit(() -> {
                    HttpClient client = client();
                    Random random = new Random(clientSeed);
                    Histogram latencies = new Histogram(3);
                    while (System.nanoTime() < deadline) {
                        latencies.recordValue(
                                get(client, shape.path().apply(random)).micros());
                    }
                    return latencies;
                }));
            }
            Histogram all = new Histogram(3);
            for (Future<Histogram> run : runs) {
                all.add(run.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Throughput(clients, all.getTotalCount(), seconds, all);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one request outside any measurement, as the plans are taken. */
    long once(String path) throws IOException, InterruptedException {
        return get(client(), path).micros();
    }

    private record Answer(long micros, String body, long items, long total) {}

    private Answer get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - started) / 1000;
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(500, body.length())));
        }
        if (path.contains("/seat-map")) {
            if (!body.contains("\"sections\"")) {
                throw new IllegalStateException("GET " + path + " answered no seat map: " + body.substring(0, 200));
            }
            return new Answer(micros, body, 0, 0);
        }
        Matcher total = TOTAL.matcher(body);
        if (!total.find()) {
            throw new IllegalStateException(
                    "GET " + path + " answered no page: " + body.substring(0, Math.min(500, body.length())));
        }
        return new Answer(micros, body, ITEM.matcher(body).results().count(), Long.parseLong(total.group(1)));
    }

    /** The seats of a seat map by state, to show that the map is the whole arena. */
    private static String seatStates(String body) {
        if (!body.contains("\"sections\"")) {
            return "";
        }
        long[] counts = new long[4];
        Matcher seat = SEAT.matcher(body);
        while (seat.find()) {
            counts["FHSB".indexOf(seat.group(1))]++;
        }
        return String.format(
                "%,d seats (F %,d, H %,d, S %,d, B %,d)",
                counts[0] + counts[1] + counts[2] + counts[3], counts[0], counts[1], counts[2], counts[3]);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
