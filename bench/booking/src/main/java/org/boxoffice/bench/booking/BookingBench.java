package org.boxoffice.bench.booking;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.boxoffice.bench.common.Api;
import org.boxoffice.bench.common.Arguments;
import org.boxoffice.bench.common.Cpu;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Harness;
import org.boxoffice.bench.common.Platform;
import org.boxoffice.bench.common.Tokens;

/**
 * Issue 5's speed targets, measured: bookings held per second and their latency p50/p99 at 1, 8,
 * 32 and 64 clients over HTTP with JWT for (a) one hot general-admission event, (b) seat-picked
 * bookings on one hot event and (c) bookings spread over 200 events; beside each the same
 * transaction in plain SQL run by pgbench on the same PostgreSQL in the same run, and the ratio;
 * after every step a check by queries that nothing was oversold. Starts an embedded PostgreSQL and
 * the platform with its launcher, makes the events through the organizer API. Started by {@code
 * bench/booking/run}.
 */
public final class BookingBench {

    static final int WARMUP_CLIENTS = 8;
    static final int PGBENCH_WARMUP_SECONDS = 3;

    /**
     * The ceiling's requests: the signed-in account, which every authenticated request pays for (the
     * token, the account check, JSON), without the hold's own statements and transaction; and the
     * categories without a token, one small query with no sign-in at all, which tells what the
     * sign-in costs.
     */
    static final List<Ceiling> CEILINGS =
            List.of(new Ceiling("/api/v1/accounts/me", true), new Ceiling("/api/v1/categories", false));

    /** A request of the ceiling: its path and whether it carries a customer's token. */
    record Ceiling(String path, boolean signed) {}

    /**
     * PostgreSQL's settings beside the common ones: room for the platform's pool of 32, pgbench's 64
     * clients and the bench's own connections.
     */
    private static final Map<String, String> SERVER_SETTINGS =
            Map.of("max_connections", "200", "pg_stat_statements.max", "1000");

    /** The server's settings that shape the figures, as results.md reports them. */
    private static final List<String> REPORTED_SETTINGS = List.of(
            "server_version",
            "shared_buffers",
            "max_connections",
            "fsync",
            "synchronous_commit",
            "full_page_writes",
            "default_transaction_isolation");

    private final Options options;
    private final Harness harness;

    private BookingBench(Options options, Harness harness) {
        this.options = options;
        this.harness = harness;
    }

    /**
     * {@code --seconds=N --clients=1,8,32,64 --warmup=N --first-warmup=N --port=N --seats=N --customers=N --events=N
     * --pgbench=PATH --command=TEXT --revision=TEXT --repo=DIR --target=DIR --settings=NAME=VALUE,...}
     */
    record Options(
            int seconds,
            List<Integer> clients,
            int warmup,
            int firstWarmup,
            int port,
            int seats,
            int customers,
            int events,
            String pgbench,
            String command,
            String revision,
            Path repo,
            Path target,
            Map<String, String> settings) {

        static Options parse(String[] args) {
            Arguments values = Arguments.parse(args);
            return new Options(
                    Integer.parseInt(values.get("seconds", "20")),
                    values.counts("clients", "1 8 32 64"),
                    Integer.parseInt(values.get("warmup", "5")),
                    Integer.parseInt(values.get("first-warmup", "300")),
                    Integer.parseInt(values.get("port", "8392")),
                    Integer.parseInt(values.get("seats", "200000")),
                    Integer.parseInt(values.get("customers", "256")),
                    Integer.parseInt(values.get("events", "200")),
                    values.get("pgbench", "pgbench"),
                    values.get("command", "bench/booking/run"),
                    values.get("revision", "unknown"),
                    values.repo(),
                    values.target("booking"),
                    values.settings());
        }
    }

    /** What one scenario books, over HTTP and in pgbench's script. */
    record Scenario(
            String key,
            String title,
            String script,
            List<Long> events,
            Load.Scenario http,
            IntFunction<Map<String, String>> variables) {}

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Harness.main("booking", options.repo(), options.target(), harness -> new BookingBench(options, harness).run());
    }

    /** 0 when every ledger check was clean (whatever the speed), 3 when something was oversold. */
    private int run() throws Exception {
        Path target = options.target();
        harness.requireRuntime();
        String pgbenchVersion = PgBench.version(options.pgbench());
        if (pgbenchVersion == null) {
            throw new IllegalStateException("pgbench does not run (" + options.pgbench()
                    + "): install PostgreSQL's client tools (Debian: postgresql-contrib or postgresql-15)");
        }
        harness.requireFreePort(options.port());
        String machine = harness.machine();
        System.out.println("pgbench: " + pgbenchVersion);

        long started = System.nanoTime();
        Database database = harness.startDatabase(SERVER_SETTINGS);
        Map<String, String> settings = database.settings(REPORTED_SETTINGS);
        System.out.println("PostgreSQL on port " + database.port() + ": " + settings);

        Tokens tokens = Tokens.generate();
        // the bench's own key, as the integration tests give theirs: its tokens are the platform's
        Map<String, String> environment = new LinkedHashMap<>(tokens.environment(target.resolve("keys")));
        environment.putAll(options.settings());
        options.settings().forEach((name, value) -> System.out.println("platform setting: " + name + "=" + value));
        Platform platform = harness.startPlatform(database, options.port(), environment);
        URI base = platform.baseUri();

        System.out.println("making the events (organizer API) and the customers (SQL)");
        long fixturesStarted = System.nanoTime();
        Fixtures.Made made = new Fixtures(
                        database,
                        new Api(base),
                        tokens,
                        options.customers(),
                        options.seats(),
                        options.events(),
                        5_000_000,
                        1_000_000)
                .make();
        System.out.printf("made in %.0f s%n%s%n", (System.nanoTime() - fixturesStarted) / 1e9, made.notes());

        Load load = new Load(base, made.customers());
        List<Scenario> scenarios = scenarios(made);
        Ledger ledger = new Ledger(database);
        // not counted: the JIT compiler busy with the hold's code paths (it took more than half of
        // the platform's CPU in the first seconds after a 5-second warm-up on 2 cores)
        System.out.println("warming the platform up: " + options.firstWarmup() + " s of holds of all three scenarios, "
                + WARMUP_CLIENTS + " clients");
        List<Load.Scenario> all = scenarios.stream().map(Scenario::http).toList();
        Load.Step firstWarmup = load.run(
                random -> all.get(random.nextInt(all.size())).body(random),
                WARMUP_CLIENTS,
                Duration.ofSeconds(options.firstWarmup()),
                0);
        System.out.printf(
                "  %,d holds, %.1f holds/s, p50 %.1f ms, refused %s%n",
                firstWarmup.holds(), firstWarmup.perSecond(), firstWarmup.millis(50), firstWarmup.refusals());
        ledger.reset();

        List<Load.Probe> probes = new ArrayList<>();
        String customerToken = made.customers().get(0).token();
        probes.add(load.probe("categories, no token", "/api/v1/categories", null));
        probes.add(
                load.probe("an event, no token", "/api/v1/events/" + made.hot().eventId(), null));
        probes.add(load.probe("the signed-in account, customer's token", "/api/v1/accounts/me", customerToken));
        for (Load.Probe probe : probes) {
            System.out.printf(
                    "  floor: %-40s p50 %5.1f ms  p99 %5.1f ms  %s%n",
                    probe.name() + " " + probe.path(),
                    probe.latencies().getValueAtPercentile(50) / 1000.0,
                    probe.latencies().getValueAtPercentile(99) / 1000.0,
                    probe.statuses());
        }

        Cpu cpu = new Cpu(platform.serverPid(), target.resolve("postgres").resolve("postmaster.pid"));
        // the cheapest authenticated request at each client count: a ceiling for the holds
        List<Report.Ceiling> ceilings = new ArrayList<>();
        for (Ceiling request : CEILINGS) {
            for (int clients : options.clients()) {
                Cpu.Sample before = cpu.sample();
                Load.Step step =
                        load.ceiling(request.path(), request.signed(), clients, Duration.ofSeconds(options.seconds()));
                Report.Ceiling ceiling = new Report.Ceiling(
                        request.path(), request.signed(), step, cpu.sample().minus(before));
                ceilings.add(ceiling);
                System.out.println("  ceiling: " + ceiling.line());
            }
        }

        StringBuilder statements = new StringBuilder();
        PgBench pgbench = new PgBench(options.pgbench(), database, target.resolve("pgbench"));
        Map<Scenario, List<Report.Row>> results = new LinkedHashMap<>();
        boolean clean = true;
        long seed = 1;
        for (Scenario scenario : scenarios) {
            System.out.println();
            System.out.println(scenario.title());
            Path script = pgbench.script(scenario.script());
            ledger.reset();
            // not counted: the platform's code paths compiled, pgbench's statements planned
            load.run(scenario.http(), WARMUP_CLIENTS, Duration.ofSeconds(options.warmup()), seed++);
            pgbench.run(
                    script,
                    WARMUP_CLIENTS,
                    PGBENCH_WARMUP_SECONDS,
                    scenario.variables().apply(WARMUP_CLIENTS),
                    false);
            Ledger.Check warmupCheck = ledger.check();
            clean &= warmupCheck.clean();
            System.out.println("  warm-up (" + options.warmup() + " s HTTP, " + PGBENCH_WARMUP_SECONDS + " s pgbench, "
                    + WARMUP_CLIENTS + " clients): ledger " + warmupCheck.summary());
            ledger.reset();
            List<Report.Row> rows = new ArrayList<>();
            for (int clients : options.clients()) {
                if (scenario.http() instanceof SeatDeck deck) {
                    deck.shuffle(seed);
                }
                database.resetStatements();
                Cpu.Sample before = cpu.sample();
                Load.Step http = load.run(scenario.http(), clients, Duration.ofSeconds(options.seconds()), seed++);
                Cpu.Sample httpCpu = cpu.sample().minus(before);
                long httpBooked = ledger.liveBookings(scenario.events());
                Report.Sql httpSql = Report.Sql.of(
                        database.statements(Database.Order.CALLS),
                        http.holds(),
                        "(" + scenario.key() + ") " + clients + " clients, HTTP");
                Ledger.Check httpCheck = ledger.check();
                ledger.reset();

                database.resetStatements();
                Map<String, String> variables =
                        new LinkedHashMap<>(scenario.variables().apply(clients));
                variables.put("seed", String.valueOf(seed++));
                before = cpu.sample();
                PgBench.Step pg = pgbench.run(script, clients, options.seconds(), variables, true);
                // pgbench's connections ended: their backends' time counts once the postmaster reaped them
                Thread.sleep(500);
                Cpu.Sample pgCpu = cpu.sample().minus(before);
                long pgBooked = ledger.liveBookings(scenario.events());
                Report.Sql pgSql = Report.Sql.of(
                        database.statements(Database.Order.CALLS),
                        pgBooked,
                        "(" + scenario.key() + ") " + clients + " clients, pgbench");
                Ledger.Check pgCheck = ledger.check();
                ledger.reset();

                Report.Row row = new Report.Row(
                        clients, http, httpBooked, httpSql, httpCpu, httpCheck, pg, pgBooked, pgSql, pgCpu, pgCheck);
                statements.append(httpSql.listing()).append(pgSql.listing());
                rows.add(row);
                clean &= httpCheck.clean() && pgCheck.clean();
                System.out.println(Report.line(row));
                System.out.println("      HTTP " + row.httpCpuPerHold() + "; pgbench " + row.pgCpuPerHold());
                if (!pg.errors().isEmpty()) {
                    System.out.println("    pgbench: " + pg.abortedClients() + " client(s) aborted: " + pg.errors());
                }
            }
            results.put(scenario, rows);
        }

        String document = Report.document(
                options,
                machine,
                pgbenchVersion,
                settings,
                made.notes(),
                probes,
                ceilings,
                harness.platformBuilt(),
                results,
                (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(document);
        Files.writeString(target.resolve("results.md"), document, StandardCharsets.UTF_8);
        Files.writeString(target.resolve("statements.txt"), statements.toString(), StandardCharsets.UTF_8);
        System.out.println("results: " + target.resolve("results.md") + ", statements per step: "
                + target.resolve("statements.txt"));
        System.out.printf("whole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
        if (!clean) {
            System.err.println("OVERSOLD or inconsistent inventory: see the ledger checks above");
            return 3;
        }
        return 0;
    }

    private List<Scenario> scenarios(Fixtures.Made made) {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("price", Fixtures.PRICE);
        common.put(
                "total",
                new BigDecimal(Fixtures.PRICE).multiply(BigDecimal.valueOf(2)).toPlainString());
        common.put("first_account", String.valueOf(made.firstCustomer()));
        common.put(
                "last_account",
                String.valueOf(made.firstCustomer() + made.customers().size() - 1));

        Fixtures.GaEvent hot = made.hot();
        String hotBody = "{\"eventId\":\"" + hot.eventId() + "\",\"items\":[{\"ticketTypeId\":\"" + hot.ticketTypeId()
                + "\",\"quantity\":2}]}";
        Scenario a = new Scenario(
                "a",
                "(a) one hot general-admission event: 2 places per booking",
                "hot-ga.sql",
                List.of(hot.eventId()),
                random -> hotBody,
                clients -> with(common, "event", hot.eventId(), "type", hot.ticketTypeId()));

        Fixtures.SeatedEvent seated = made.seated();
        Scenario b = new Scenario(
                "b",
                "(b) seat-picked bookings on one hot event: 2 neighbouring seats per booking",
                "hot-seats.sql",
                List.of(seated.eventId()),
                new SeatDeck(seated).shuffle(0),
                clients -> with(
                        common,
                        "event",
                        seated.eventId(),
                        "type",
                        seated.ticketTypeId(),
                        "first_seat",
                        seated.firstSeat(),
                        "pairs",
                        seated.pairs(),
                        "clients",
                        clients,
                        "seed",
                        0,
                        "k",
                        0));

        List<Fixtures.GaEvent> spread = made.spread();
        List<String> spreadBodies = spread.stream()
                .map(event -> "{\"eventId\":\"" + event.eventId() + "\",\"items\":[{\"ticketTypeId\":\""
                        + event.ticketTypeId() + "\",\"quantity\":2}]}")
                .toList();
        Scenario c = new Scenario(
                "c",
                "(c) bookings spread over " + spread.size() + " general-admission events: 2 places per booking",
                "spread.sql",
                spread.stream().map(Fixtures.GaEvent::eventId).toList(),
                random -> spreadBodies.get(random.nextInt(spreadBodies.size())),
                clients -> with(common, "events", spread.size()));
        return List.of(a, b, c);
    }

    private static Map<String, String> with(Map<String, String> common, Object... pairs) {
        Map<String, String> variables = new LinkedHashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
        }
        return variables;
    }
}
