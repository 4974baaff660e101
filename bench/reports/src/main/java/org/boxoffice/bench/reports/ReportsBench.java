package org.boxoffice.bench.reports;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.bench.common.Accounts;
import org.boxoffice.bench.common.Api;
import org.boxoffice.bench.common.Arguments;
import org.boxoffice.bench.common.Cpu;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Harness;
import org.boxoffice.bench.common.Platform;
import org.boxoffice.bench.common.Sql;
import org.boxoffice.bench.common.Tokens;

/**
 * The nightly sales report of one very busy day, on the platform as its launcher runs it: the day's
 * 1,000,000 tickets written by SQL ({@link Fixtures}), then the {@code sales-report} job of that day
 * started over the API as an admin starts it by hand and timed until its report is COMPLETED, with
 * the platform's heap meanwhile (its GC log, {@link GcLog}), the CPU of the platform and of
 * PostgreSQL, what PostgreSQL ran, and the report's counts checked against plain SQL. Then EXPLAIN
 * ANALYZE of the job's four group-by queries for the busiest event, and one plain SQL query that sums
 * up the whole day at once, for comparison. Started by {@code bench/reports/run}.
 */
public final class ReportsBench {

    /** PostgreSQL's settings beside the common ones. */
    private static final Map<String, String> SERVER_SETTINGS =
            Map.of("max_connections", "100", "pg_stat_statements.max", "1000");

    private static final List<String> REPORTED_SETTINGS =
            List.of("server_version", "shared_buffers", "work_mem", "fsync", "synchronous_commit");

    private static final Pattern STRING = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?\\d+)");

    /**
     * {@code --tickets=N --other-days=N --events=N --types=N --refunds=PERCENT --check-ins=PERCENT
     * --heap=SIZE --port=N --command=TEXT --revision=TEXT --repo=DIR --target=DIR
     * --settings=NAME=VALUE,...}
     */
    record Options(
            long tickets,
            long otherDayTickets,
            int events,
            int types,
            double refundPercent,
            double checkInPercent,
            String heap,
            int port,
            LocalDate day,
            String command,
            String revision,
            Path repo,
            Path target,
            Map<String, String> settings) {

        static Options parse(String[] args) {
            Arguments values = Arguments.parse(args);
            Options options = new Options(
                    Long.parseLong(values.get("tickets", "1000000")),
                    Long.parseLong(values.get("other-days", "200000")),
                    Integer.parseInt(values.get("events", "400")),
                    Integer.parseInt(values.get("types", "3")),
                    Double.parseDouble(values.get("refunds", "2")),
                    Double.parseDouble(values.get("check-ins", "10")),
                    values.get("heap", "1g"),
                    Integer.parseInt(values.get("port", "8394")),
                    // a day that has ended everywhere, and recent, as the nightly report's day is
                    LocalDate.now(ZoneOffset.UTC).minusDays(2),
                    values.get("command", "bench/reports/run"),
                    values.get("revision", "unknown"),
                    values.repo(),
                    values.target("reports"),
                    values.settings());
            if (options.tickets() < 10 || options.tickets() % 10 != 0 || options.otherDayTickets() % 10 != 0) {
                throw new IllegalArgumentException(
                        "--tickets and --other-days are multiples of 10 (1 to 4 per booking)");
            }
            if (options.types() < 1 || options.types() > 5) {
                throw new IllegalArgumentException("--types is 1 to 5");
            }
            if (options.events() < 1 || options.refundPercent() < 0 || options.refundPercent() > 100) {
                throw new IllegalArgumentException("--events is at least 1, --refunds a percentage");
            }
            return options;
        }
    }

    private final Options options;
    private final Harness harness;

    private ReportsBench(Options options, Harness harness) {
        this.options = options;
        this.harness = harness;
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Harness.main("reports", options.repo(), options.target(), harness -> new ReportsBench(options, harness).run());
    }

    /** 0 when the report completed with the counts plain SQL gives, 3 when not. */
    private int run() throws Exception {
        long started = System.nanoTime();
        Path target = options.target();
        harness.requireRuntime();
        harness.requireFreePort(options.port());
        List<String> out = new ArrayList<>();
        String machine = harness.machine();

        Database database = harness.startDatabase(SERVER_SETTINGS);
        Map<String, String> postgres = database.settings(REPORTED_SETTINGS);
        Tokens tokens = Tokens.generate();
        Path gcLog = target.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        Map<String, String> environment = new LinkedHashMap<>(tokens.environment(target.resolve("keys")));
        String javaOptions = "-Xms256m -Xmx" + options.heap() + " " + GcLog.option(gcLog);
        environment.put("BOXOFFICE_JAVA_OPTS", javaOptions);
        environment.putAll(options.settings());
        Platform platform = harness.startPlatform(database, options.port(), environment);
        URI base = platform.baseUri();
        long serverPid = platform.serverPid();
        Cpu cpu = new Cpu(serverPid, target.resolve("postgres").resolve("postmaster.pid"));

        // the day, by SQL
        Fixtures.Filled filled;
        Accounts.Account admin;
        long finance;
        System.out.printf(
                "%nwriting %,d tickets of %s (UTC) and %,d of the days around it, by SQL%n",
                options.tickets(), options.day(), options.otherDayTickets());
        long fillStarted = System.nanoTime();
        try (Connection c = database.superuser()) {
            Accounts accounts = new Accounts(c, tokens, Duration.ofHours(2));
            admin = accounts.admin();
            accounts.category();
            long category = Sql.scalar(c, "select id from category where slug = 'bench'");
            long organisation = Sql.reserve(c, "organisation", 1);
            Sql.execute(
                    c,
                    "insert into organisation (id, name, created_at, version) values (" + organisation
                            + ", 'Bench Sales', now(), 1)");
            int customers = 20_000;
            long customer = Sql.reserve(c, "account", customers + 1);
            Sql.execute(
                    c,
                    "insert into account (id, email, display_name, password_hash, status, created_at, version)"
                            + " select " + customer + " + i, 'bench-customer-' || i || '@bench.invalid',"
                            + " 'Bench customer ' || i, '!', 'ACTIVE', now(), 1 from generate_series(0, "
                            + (customers - 1) + ") i");
            // the organisation's finance contact, whom the report is mailed to (the platform keeps the
            // mail in its development mail box: no mail server is configured)
            finance = customer + customers;
            Sql.execute(
                    c,
                    "insert into account (id, email, display_name, password_hash, status, created_at, version,"
                            + " organisation_id) values (" + finance + ", 'bench-finance@bench.invalid',"
                            + " 'Bench finance', '!', 'ACTIVE', now(), 1, " + organisation + ")");
            Sql.execute(c, "insert into account_role (account_id, role) values (" + finance + ", 'FINANCE')");
            filled = new Fixtures(c, options).fill(organisation, category, customer, customers);
        }
        double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
        System.out.printf(
                "  %,d tickets of the day in %,d bookings of %,d events (%,d ticket types), %,d refunds;"
                        + " %,d tickets of other days; %.0f s%n",
                filled.ticketsSold(),
                filled.bookings(),
                filled.events(),
                filled.ticketTypes(),
                filled.refunds(),
                filled.otherDayTickets(),
                fillSeconds);

        // the job, as an admin starts it by hand
        Api api = new Api(base);
        jcmd(serverPid, "GC.run");
        sleep(1000);
        Instant baselineAt = Instant.now();
        long baseline = GcLog.liveAfterFullGc(gcLog, baselineAt);
        database.resetStatements();
        Cpu.Sample before = cpu.sample();
        System.out.printf(
                "%nstarting the sales-report job of %s (live heap after a full GC: %d MiB)%n", options.day(), baseline);
        Instant jobFrom = Instant.now();
        long jobStarted = System.nanoTime();
        Api.Answer answer = api.post(
                "/api/v1/reports",
                "{\"organisationId\":\"" + filled.organisationId() + "\",\"day\":\"" + options.day() + "\"}",
                admin.token());
        if (answer.status() != 202) {
            throw new IllegalStateException("POST /api/v1/reports answered " + answer.status() + ": " + answer.body());
        }
        String id = field(answer.body(), "id");
        Map<String, String> report = Map.of();
        double polled = 0;
        while (polled < 1800) {
            sleep(250);
            report = fields(api.get("/api/v1/reports/" + id, admin.token()).body());
            polled = (System.nanoTime() - jobStarted) / 1e9;
            if (!"RUNNING".equals(report.get("status"))) {
                break;
            }
        }
        double jobSeconds = (System.nanoTime() - jobStarted) / 1e9;
        Instant jobTo = Instant.now();
        Cpu.Sample jobCpu = cpu.sample().minus(before);
        List<Database.StatementCost> statements = database.statements(Database.Order.TIME);
        System.out.printf("  report %s %s after %.1f s: %s%n", id, report.get("status"), jobSeconds, report);
        sleep(3000);
        GcLog.Heap heap = GcLog.between(gcLog, jobFrom, jobTo);
        System.out.printf(
                "  heap: %d collections, peak in use %d MiB, peak live %d MiB, committed %d MiB, longest pause %.1f ms%n",
                heap.collections(),
                heap.peakUsedMiB(),
                heap.peakLiveMiB(),
                heap.committedMiB(),
                heap.maxPauseMicros() / 1000.0);

        // what the job gave, against plain SQL
        String csv = "";
        long csvBytes = 0;
        String mailedTo = "";
        if ("COMPLETED".equals(report.get("status"))) {
            csv = download(base, "/api/v1/reports/" + id + ".csv", admin.token());
            csvBytes = csv.getBytes(StandardCharsets.UTF_8).length;
            // the mail to the finance contact is counted once the notification queue delivered it
            for (int i = 0; i < 40; i++) {
                mailedTo = fields(
                                api.get("/api/v1/reports/" + id, admin.token()).body())
                        .getOrDefault("mailedTo", "");
                if (!"0".equals(mailedTo)) {
                    break;
                }
                sleep(500);
            }
        }
        boolean agrees = "COMPLETED".equals(report.get("status"))
                && String.valueOf(filled.ticketsSold()).equals(report.get("ticketsSold"))
                && String.valueOf(filled.ticketsRefunded()).equals(report.get("ticketsRefunded"))
                && String.valueOf(filled.checkIns()).equals(report.get("checkIns"));

        // where the time goes: the job's queries for the busiest event, and the whole day at once
        Explained explained;
        try (Connection c = database.superuser()) {
            explained = explain(c, filled.organisationId());
        }

        Results results = new Results(
                options,
                machine,
                harness.platformBuilt(),
                postgres,
                javaOptions,
                filled,
                fillSeconds,
                id,
                report,
                jobSeconds,
                jobCpu,
                statements,
                heap,
                baseline,
                csvBytes,
                csv.isEmpty() ? 0 : csv.split("\r\n").length - 1,
                mailedTo,
                agrees,
                explained,
                (System.nanoTime() - started) / 1e9);
        Path file = target.resolve("results.md");
        Files.writeString(file, results.markdown(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(results.summary());
        System.out.println("results: " + file);
        return agrees ? 0 : 3;
    }

    /** EXPLAIN ANALYZE of what the job asks per event, and of one query over the whole day. */
    record Explained(
            long eventId,
            long eventTickets,
            Map<String, String> plans,
            Map<String, String> genericPlans,
            Map<String, String> wholeDayPlans,
            Map<String, Double> wholeDayMillis) {}

    private Explained explain(Connection c, long organisation) throws SQLException {
        Instant from = options.day().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = options.day().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long[] busiest = Sql.row(
                c,
                "select t.event_id, count(*) from ticket t join event e on e.id = t.event_id"
                        + " where e.organisation_id = " + organisation + " and t.created_at >= '" + from
                        + "' and t.created_at < '" + to + "' group by t.event_id order by 2 desc limit 1");
        Map<String, String> plans = new LinkedHashMap<>();
        Map<String, String> generic = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : JobQueries.PER_EVENT.entrySet()) {
            plans.put(query.getKey(), plan(c, JobQueries.bind(query.getValue(), busiest[0], from, to)));
            // the platform's prepared statement may run on a generic plan (from its sixth execution
            // on), made without knowing the event or the day: this is that plan
            Sql.execute(c, "set plan_cache_mode = force_generic_plan");
            Sql.execute(
                    c,
                    "prepare job_query (bigint, timestamptz, timestamptz) as "
                            + query.getValue()
                                    .replace("?1", "$1")
                                    .replace("?2", "$2")
                                    .replace("?3", "$3"));
            generic.put(
                    query.getKey(),
                    plan(
                            c,
                            "execute job_query (" + busiest[0] + ", timestamptz '" + from + "', timestamptz '" + to
                                    + "')"));
            Sql.execute(c, "deallocate job_query");
            Sql.execute(c, "reset plan_cache_mode");
        }
        // the same four sums once for all the organisation's events, as one plain SQL client would ask
        Map<String, String> whole = new LinkedHashMap<>();
        Map<String, Double> wholeMillis = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : JobQueries.WHOLE_DAY.entrySet()) {
            long queryStarted = System.nanoTime();
            try (Statement statement = c.createStatement();
                    ResultSet rows =
                            statement.executeQuery(JobQueries.bind(query.getValue(), organisation, from, to))) {
                while (rows.next()) {
                    // read every row, as a client would
                }
            }
            wholeMillis.put(query.getKey(), (System.nanoTime() - queryStarted) / 1e6);
            whole.put(query.getKey(), plan(c, JobQueries.bind(query.getValue(), organisation, from, to)));
        }
        return new Explained(busiest[0], busiest[1], plans, generic, whole, wholeMillis);
    }

    private static String plan(Connection c, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String download(URI base, String path, String token) throws IOException, InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> response = client.send(
                java.net.http.HttpRequest.newBuilder(base.resolve(path.substring(1)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        jcmd.getInputStream().readAllBytes();
        jcmd.waitFor();
    }

    private static String field(String json, String name) {
        return fields(json).get(name);
    }

    /** The flat fields of a JSON object, strings and whole numbers, as text. */
    static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher string = STRING.matcher(json);
        while (string.find()) {
            fields.put(string.group(1), string.group(2));
        }
        Matcher number = NUMBER.matcher(json);
        while (number.find()) {
            fields.putIfAbsent(number.group(1), number.group(2));
        }
        return fields;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
