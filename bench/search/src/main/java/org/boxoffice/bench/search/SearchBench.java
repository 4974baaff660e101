package org.boxoffice.bench.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boxoffice.bench.common.Arguments;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Harness;
import org.boxoffice.bench.common.Platform;

/**
 * Issue 4's speed targets, measured: "with 100,000 events and 5,000,000 seats in PostgreSQL, the
 * filtered search answers in under 50 ms at the 99th percentile, and the seat map of a 20,000-seat
 * venue loads in under 300 ms". Starts an embedded PostgreSQL and the platform with its launcher,
 * generates the catalog, times each search shape and the seat map over HTTP, and explains the
 * shapes that miss their target with the plans PostgreSQL ran. Started by {@code bench/search/run}.
 */
public final class SearchBench {

    /**
     * PostgreSQL's settings beside the common ones, which keep the catalog, about 2 GB, in memory as
     * a production database of this size would: auto_explain for the plans of the shapes that miss
     * their target, planning time in pg_stat_statements, I/O timing in the plans' BUFFERS.
     */
    private static final Map<String, String> SERVER_SETTINGS = Map.of(
            "max_connections", "100",
            "track_io_timing", "on",
            "shared_preload_libraries", "pg_stat_statements,auto_explain",
            "pg_stat_statements.track_planning", "on");

    /** The server's settings that shape query plans and times, as results.md reports them. */
    private static final List<String> REPORTED_SETTINGS = List.of(
            "server_version",
            Database.JIT_AVAILABLE,
            "shared_buffers",
            "effective_cache_size",
            "work_mem",
            "random_page_cost",
            "max_parallel_workers_per_gather",
            "fsync",
            "synchronous_commit");

    private final Options options;
    private final Harness harness;

    private SearchBench(Options options, Harness harness) {
        this.options = options;
        this.harness = harness;
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
            Arguments values = Arguments.parse(args);
            return new Options(
                    Integer.parseInt(values.get("events", "100000")),
                    Long.parseLong(values.get("seats", "5000000")),
                    Integer.parseInt(values.get("requests", "300")),
                    Integer.parseInt(values.get("warmup", "200")),
                    Integer.parseInt(values.get("port", "8391")),
                    Integer.parseInt(values.get("shape-seconds", "90")),
                    Integer.parseInt(values.get("concurrent-seconds", "20")),
                    values.repo(),
                    values.target("search"));
        }
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Harness.main("search", options.repo(), options.target(), harness -> new SearchBench(options, harness).run());
    }

    /** 0: the targets, met or not, are in results.md. */
    private int run() throws Exception {
        Path target = options.target();
        harness.requireRuntime();
        harness.requireFreePort(options.port());
        String machine = harness.machine();
        System.out.printf(
                "scale: %,d events, %,d event seats, %d timed requests per shape after %d warm-up%n",
                options.events(), options.seats(), options.requests(), options.warmup());

        long started = System.nanoTime();
        Database database = harness.startDatabase(SERVER_SETTINGS);
        Map<String, String> settings = database.settings(REPORTED_SETTINGS);
        System.out.println("PostgreSQL on port " + database.port() + ": " + settings);

        Platform platform = harness.startPlatform(database, options.port(), Map.of());

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
            List<Database.StatementCost> costs = database.statements(Database.Order.TIME);
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

        String results = "# Search and seat map over HTTP\n\n"
                + "- date: " + Harness.date() + "\n"
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
        return 0;
    }
}
