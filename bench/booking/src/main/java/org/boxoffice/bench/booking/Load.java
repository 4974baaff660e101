package org.boxoffice.bench.booking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.HdrHistogram.Histogram;

/**
 * The load generator: {@code clients} threads, each sending {@code POST /api/v1/bookings} with a
 * customer's token and a new {@code Idempotency-Key} as soon as its previous answer is in (a closed
 * loop), over HTTP/1.1 with keep-alive, for a fixed time. A hold is a 201; the latency of each is
 * the whole round trip, recorded in microseconds. Every other answer is counted by status and
 * problem code, never timed as a hold.
 */
final class Load {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    /** What a client sends next: the JSON body of a hold. */
    interface Scenario {
        String body(Random random);
    }

    /** One step's figures. {@code refusals}: answers other than 201, by "status code". */
    record Step(int clients, long holds, double seconds, Histogram latencies, Map<String, Long> refusals) {

        double perSecond() {
            return holds / seconds;
        }

        double millis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** How long each probe of the platform's floor runs, after as long a warm-up. */
    static final int PROBE_SECONDS = 3;

    /** Another request timed on one client: what a request costs the platform before any hold. */
    record Probe(String name, String path, Histogram latencies, Map<String, Long> statuses) {}

    private final URI base;
    private final URI bookings;
    private final List<Fixtures.Customer> customers;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private long stepNumber;

    Load(URI base, List<Fixtures.Customer> customers) {
        this.base = base;
        this.bookings = base.resolve("api/v1/bookings");
        this.customers = customers;
    }

    Step run(Scenario scenario, int clients, Duration duration, long seed) throws Exception {
        long step = ++stepNumber;
        // one client per thread, each with its own connection, as separate buyers would have
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Client>> runs = new ArrayList<>();
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            for (int c = 0; c < clients; c++) {
                Client client = new Client(step, c, new Random(seed * 1_000 + c));
                runs.add(pool.submit(() -> client.run(scenario, deadline)));
            }
            Histogram all = new Histogram(3);
            Map<String, Long> refusals = new TreeMap<>();
            long holds = 0;
            for (Future<Client> run : runs) {
                Client client = run.get();
                all.add(client.latencies);
                holds += client.holds;
                client.refusals.forEach((status, count) -> refusals.merge(status, count, Long::sum));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Step(clients, holds, seconds, all, refusals);
        } finally {
            pool.shutdownNow();
        }
    }

    /** GETs {@code path} (with the token, if any) one after the other on one client; every answer timed. */
    Probe probe(String name, String path, String token) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Histogram latencies = new Histogram(3);
        Map<String, Long> statuses = new TreeMap<>();
        for (boolean timed : new boolean[] {false, true}) {
            long deadline =
                    System.nanoTime() + Duration.ofSeconds(PROBE_SECONDS).toNanos();
            while (System.nanoTime() < deadline) {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .GET();
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                long begun = System.nanoTime();
                String status;
                try {
                    status = String.valueOf(http.send(request.build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
                } catch (IOException e) {
                    status = "no answer: " + e.getClass().getSimpleName();
                }
                if (timed) {
                    latencies.recordValue((System.nanoTime() - begun) / 1000);
                    statuses.merge(status, 1L, Long::sum);
                }
            }
        }
        return new Probe(name, path, latencies, statuses);
    }

    private final class Client {

        private final long step;
        private final int number;
        private final Random random;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final Histogram latencies = new Histogram(3);
        private final Map<String, Long> refusals = new TreeMap<>();
        private long holds;
        private long sent;

        Client(long step, int number, Random random) {
            this.step = step;
            this.number = number;
            this.random = random;
        }

        Client run(Scenario scenario, long deadline) throws InterruptedException {
            while (System.nanoTime() < deadline) {
                Fixtures.Customer customer = customers.get(random.nextInt(customers.size()));
                HttpRequest request = HttpRequest.newBuilder(bookings)
                        .header("Authorization", "Bearer " + customer.token())
                        .header("Idempotency-Key", "bench-" + runId + "-" + step + "-" + number + "-" + ++sent)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(scenario.body(random)))
                        .build();
                long begun = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long micros = (System.nanoTime() - begun) / 1000;
                    if (response.statusCode() == 201) {
                        holds++;
                        latencies.recordValue(micros);
                    } else {
                        Matcher code = CODE.matcher(response.body());
                        refusals.merge(response.statusCode() + (code.find() ? " " + code.group(1) : ""), 1L, Long::sum);
                    }
                } catch (IOException e) {
                    refusals.merge("no answer: " + e.getClass().getSimpleName(), 1L, Long::sum);
                }
            }
            return this;
        }
    }
}
