package org.boxoffice.bench.booking;

import java.io.IOException;
import java.net.URI;
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
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.boxoffice.bench.common.Accounts;
import org.boxoffice.bench.common.BlockingHttp;

/**
 * The load generator: {@code clients} threads, each sending {@code POST /api/v1/bookings} with a
 * customer's token and a new {@code Idempotency-Key} as soon as its previous answer is in (a closed
 * loop), over HTTP/1.1 with keep-alive, for a fixed time. A hold is a 201; the latency of each is
 * the whole round trip, recorded in microseconds. Every other answer is counted by status and
 * problem code, never timed as a hold. Each client is a blocking Apache HttpClient on its own thread
 * with its one connection: the JDK's client hands every exchange between the caller, a selector
 * thread and an executor, which cost this machine's two cores (shared with the platform and the
 * database) about 0.4-0.5 ms per hold. The same loop sends the ceiling's {@code GET}s ({@link #ceiling}).
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
    private final List<Accounts.Account> customers;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private long stepNumber;

    Load(URI base, List<Accounts.Account> customers) {
        this.base = base;
        this.bookings = base.resolve("api/v1/bookings");
        this.customers = customers;
    }

    Step run(Scenario scenario, int clients, Duration duration, long seed) throws Exception {
        long step = ++stepNumber;
        return loop(clients, duration, seed, 201, (client, random) -> {
            Accounts.Account customer = customers.get(random.nextInt(customers.size()));
            HttpPost request = new HttpPost(bookings);
            request.setHeader("Authorization", "Bearer " + customer.token());
            request.setHeader(
                    "Idempotency-Key", "bench-" + runId + "-" + step + "-" + client.number + "-" + ++client.sent);
            request.setHeader("Accept", "application/json");
            request.setEntity(new StringEntity(scenario.body(random), ContentType.APPLICATION_JSON));
            return request;
        });
    }

    /**
     * {@code GET path} from {@code clients} threads in a closed loop, as the holds are sent, with a
     * random customer's token or none: what the platform's cheapest requests reach on this machine,
     * a ceiling for holds, which do the same and more. The step's "holds" are its 200s.
     */
    Step ceiling(String path, boolean signed, int clients, Duration duration) throws Exception {
        URI uri = base.resolve(path.substring(1));
        return loop(clients, duration, 0, 200, (client, random) -> {
            HttpGet request = new HttpGet(uri);
            if (signed) {
                request.setHeader(
                        "Authorization",
                        "Bearer "
                                + customers
                                        .get(random.nextInt(customers.size()))
                                        .token());
            }
            request.setHeader("Accept", "application/json");
            return request;
        });
    }

    /** Makes a client's next request. */
    @FunctionalInterface
    private interface RequestMaker {
        ClassicHttpRequest next(Client client, Random random);
    }

    private Step loop(int clients, Duration duration, long seed, int success, RequestMaker maker) throws Exception {
        // one client per thread, each with its own connection, as separate buyers would have
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Client>> runs = new ArrayList<>();
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            for (int c = 0; c < clients; c++) {
                Client client = new Client(c, new Random(seed * 1_000 + c), success);
                runs.add(pool.submit(() -> client.run(maker, deadline)));
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
    Probe probe(String name, String path, String token) throws IOException {
        Histogram latencies = new Histogram(3);
        Map<String, Long> statuses = new TreeMap<>();
        try (CloseableHttpClient http = BlockingHttp.client()) {
            for (boolean timed : new boolean[] {false, true}) {
                long deadline =
                        System.nanoTime() + Duration.ofSeconds(PROBE_SECONDS).toNanos();
                while (System.nanoTime() < deadline) {
                    HttpGet request = new HttpGet(base.resolve(path.substring(1)));
                    request.setHeader("Accept", "application/json");
                    if (token != null) {
                        request.setHeader("Authorization", "Bearer " + token);
                    }
                    long begun = System.nanoTime();
                    String status;
                    try {
                        int code = http.execute(request, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                        status = String.valueOf(code);
                    } catch (IOException e) {
                        status = "no answer: " + e.getClass().getSimpleName();
                    }
                    if (timed) {
                        latencies.recordValue((System.nanoTime() - begun) / 1000);
                        statuses.merge(status, 1L, Long::sum);
                    }
                }
            }
        }
        return new Probe(name, path, latencies, statuses);
    }

    /** A hold's answer: its status and, for anything but a 201, the body (to read the problem's code). */
    private record Answer(int status, String body) {}

    private static final class Client {

        private final int number;
        private final Random random;
        private final int success;
        private final Histogram latencies = new Histogram(3);
        private final Map<String, Long> refusals = new TreeMap<>();
        private long holds;
        private long sent;

        Client(int number, Random random, int success) {
            this.number = number;
            this.random = random;
            this.success = success;
        }

        Client run(RequestMaker maker, long deadline) throws IOException {
            try (CloseableHttpClient http = BlockingHttp.client()) {
                while (System.nanoTime() < deadline) {
                    ClassicHttpRequest request = maker.next(this, random);
                    long begun = System.nanoTime();
                    try {
                        Answer answer = http.execute(request, response -> {
                            if (response.getCode() == success) {
                                EntityUtils.consume(response.getEntity());
                                return new Answer(success, "");
                            }
                            return new Answer(response.getCode(), EntityUtils.toString(response.getEntity()));
                        });
                        long micros = (System.nanoTime() - begun) / 1000;
                        if (answer.status() == success) {
                            holds++;
                            latencies.recordValue(micros);
                        } else {
                            Matcher code = CODE.matcher(answer.body());
                            refusals.merge(answer.status() + (code.find() ? " " + code.group(1) : ""), 1L, Long::sum);
                        }
                    } catch (IOException e) {
                        refusals.merge("no answer: " + e.getClass().getSimpleName(), 1L, Long::sum);
                    }
                }
            }
            return this;
        }
    }
}
