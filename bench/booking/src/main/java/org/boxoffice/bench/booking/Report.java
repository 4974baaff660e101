package org.boxoffice.bench.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.boxoffice.bench.common.Cpu;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Harness;

/** The figures as text for the console and as Markdown for target/results.md and docs/PERFORMANCE.md. */
final class Report {

    static final double HOT_TARGET = 1_000;
    static final double RATIO_TARGET = 0.5;
    static final double P99_TARGET_MILLIS = 100;
    static final int P99_TARGET_CLIENTS = 32;

    /** One client count of one scenario: the HTTP step and the pgbench step after it. */
    record Row(
            int clients,
            Load.Step http,
            long httpBooked,
            Sql httpSql,
            Cpu.Sample httpCpu,
            Ledger.Check httpCheck,
            PgBench.Step pg,
            long pgBooked,
            Sql pgSql,
            Cpu.Sample pgCpu,
            Ledger.Check pgCheck) {

        /** pgbench's holds per second: its rate of transactions, less those that held nothing. */
        double pgPerSecond() {
            return pg.transactions() == 0 ? 0 : pg.tps() * pgBooked / pg.transactions();
        }

        double ratio() {
            return pgPerSecond() == 0 ? Double.NaN : http.perSecond() / pgPerSecond();
        }

        double httpStatementsPerHold() {
            return http.holds() == 0 ? Double.NaN : (double) httpSql.statements() / http.holds();
        }

        double pgStatementsPerHold() {
            return pgBooked == 0 ? Double.NaN : (double) pgSql.statements() / pgBooked;
        }

        double httpDatabaseMillisPerHold() {
            return http.holds() == 0 ? Double.NaN : httpSql.millis() / http.holds();
        }

        double pgDatabaseMillisPerHold() {
            return pgBooked == 0 ? Double.NaN : pgSql.millis() / pgBooked;
        }

        boolean clean() {
            return httpCheck.clean() && pgCheck.clean();
        }

        /** Where the CPU of the HTTP step went, per hold, and how busy the machine was. */
        String httpCpuPerHold() {
            return Cpu.perUnit(http.holds(), "hold", http.seconds(), "load generator", httpCpu.bench(), httpCpu)
                    + "; the platform's busiest threads: " + httpCpu.busiestThreads(4);
        }

        String pgCpuPerHold() {
            return Cpu.perUnit(
                    pgBooked, "hold", pg.transactions() / Math.max(pg.tps(), 1e-9), "pgbench", pg.cpuSeconds(), pgCpu);
        }
    }

    /**
     * What pg_stat_statements counted for the platform's login in one step: statements that read or
     * write (transaction control and SET left out: pgbench's go through the extended protocol,
     * where PostgreSQL 14 does not count them), and the execution time of all of them.
     */
    record Sql(long statements, double millis, String listing) {

        static Sql of(List<Database.StatementCost> costs, long holds, String heading) {
            long statements = costs.stream()
                    .filter(cost -> !cost.utility())
                    .mapToLong(Database.StatementCost::calls)
                    .sum();
            double millis = costs.stream()
                    .mapToDouble(Database.StatementCost::totalMillis)
                    .sum();
            StringBuilder listing = new StringBuilder("== " + heading
                    + String.format(
                            ": %,d holds, %.1f statements and %.2f ms of execution per hold%n",
                            holds, (double) statements / Math.max(1, holds), millis / Math.max(1, holds)));
            listing.append(String.format("%10s %9s  %s%n", "calls/hold", "ms/call", "statement"));
            for (Database.StatementCost cost : costs.subList(0, Math.min(20, costs.size()))) {
                listing.append(String.format(
                        "%10.2f %9.3f  %s%n",
                        (double) cost.calls() / Math.max(1, holds),
                        cost.totalMillis() / Math.max(1, cost.calls()),
                        cost.query().length() > 400 ? cost.query().substring(0, 400) + " ..." : cost.query()));
            }
            return new Sql(statements, millis, listing.append('\n').toString());
        }
    }

    private Report() {}

    /** One of the cheapest requests at one client count: a ceiling for holds. */
    record Ceiling(String path, boolean signed, Load.Step step, Cpu.Sample usage) {

        String line() {
            return String.format(
                    "GET %s %s, %d clients: %,.1f requests/s, p50 %.1f ms, p99 %.1f ms, other answers %s; %s",
                    path,
                    signed ? "with a customer's token" : "without a token",
                    step.clients(),
                    step.perSecond(),
                    step.millis(50),
                    step.millis(99),
                    step.refusals(),
                    Cpu.perUnit(step.holds(), "request", step.seconds(), "load generator", usage.bench(), usage));
        }
    }

    static String line(Row row) {
        Load.Step http = row.http();
        PgBench.Step pg = row.pg();
        return String.format(
                "  clients %3d  HTTP %8.1f holds/s  p50 %6.1f  p99 %7.1f ms  %s| pgbench %8.1f holds/s (tps %.1f)"
                        + "  p50 %6.1f  p99 %7.1f ms | ratio %.2f | SQL/hold %.1f vs %.1f, DB ms/hold %.2f vs %.2f | ledger %s%s",
                row.clients(),
                http.perSecond(),
                http.millis(50),
                http.millis(99),
                http.refusals().isEmpty() ? "" : "refused " + http.refusals() + " ",
                row.pgPerSecond(),
                pg.tps(),
                pg.millis(50),
                pg.millis(99),
                row.ratio(),
                row.httpStatementsPerHold(),
                row.pgStatementsPerHold(),
                row.httpDatabaseMillisPerHold(),
                row.pgDatabaseMillisPerHold(),
                row.clean() ? "ok" : "FAILED",
                http.holds() == row.httpBooked()
                        ? ""
                        : String.format(
                                " (201 answers %d, bookings in the database %d)", http.holds(), row.httpBooked()));
    }

    static String document(
            BookingBench.Options options,
            String machine,
            String pgbench,
            Map<String, String> settings,
            String fixtures,
            List<Load.Probe> probes,
            List<Ceiling> ceilings,
            String platformBuilt,
            Map<BookingBench.Scenario, List<Row>> results,
            double seconds) {
        StringBuilder text = new StringBuilder("# Booking holds over HTTP against plain SQL\n\n");
        text.append("- date: ").append(Harness.date()).append('\n');
        text.append("- command: `")
                .append(options.command())
                .append("` (")
                .append(options.seconds())
                .append(" s per step, clients ")
                .append(options.clients().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append("; whole run ")
                .append(String.format("%.0f s", seconds))
                .append(")\n");
        text.append("- machine: ").append(machine).append("; bench, platform, pgbench and database on it\n");
        text.append("- platform: revision ")
                .append(options.revision())
                .append(", boxoffice.war of ")
                .append(platformBuilt)
                .append("; config/bin/boxoffice defaults (Payara Micro, -Xms256m -Xmx1g, pool of 32 connections,"
                        + " holds of 10 minutes, lock waits bounded at 2 s)\n");
        text.append("- PostgreSQL: ")
                .append(settings)
                .append("; ")
                .append(pgbench)
                .append('\n');
        text.append("- data:\n");
        fixtures.lines().forEach(line -> text.append("  - ").append(line).append('\n'));
        text.append("- method: first ")
                .append(options.firstWarmup())
                .append(" s of holds of all three scenarios at ")
                .append(BookingBench.WARMUP_CLIENTS)
                .append(" clients, not counted (the JIT compiler's work), then per scenario a warm-up (")
                .append(options.warmup())
                .append(" s over HTTP, ")
                .append(BookingBench.PGBENCH_WARMUP_SECONDS)
                .append(" s of pgbench, ")
                .append(BookingBench.WARMUP_CLIENTS)
                .append(" clients) not counted; then per client count ")
                .append(options.seconds())
                .append(" s over HTTP and ")
                .append(options.seconds())
                .append(" s of pgbench, one after the other. HTTP: N threads, each sending `POST /api/v1/bookings`"
                        + " (HTTP/1.1, keep-alive, a random customer's RS256 token, a new Idempotency-Key) when its"
                        + " previous answer is in; holds/s counts 201 answers, p50/p99 are theirs (full round trip,"
                        + " HdrHistogram). pgbench: `pgbench -n -M prepared -c N -j min(N,2) -T S -f <script> -l`,"
                        + " the platform's login over TCP, the scripts in bench/booking/src/main/resources/pgbench"
                        + " (the hold transaction statement for statement); holds/s is its tps times the share of"
                        + " transactions that held (bookings in the database), p50/p99 from its per-transaction log."
                        + " Ratio: HTTP holds/s ÷ pgbench holds/s. SQL/hold and DB ms/hold: the statements that read or"
                        + " write (BEGIN, COMMIT and SET left out) that pg_stat_statements counted for the platform's"
                        + " login, and the execution time of all, per hold (statements.txt lists them). After every step the"
                        + " ledger is checked (below), then every hold ended and its seats and places put back on"
                        + " sale, and the tables vacuumed: each step starts from the same inventory.\n\n");

        for (Map.Entry<BookingBench.Scenario, List<Row>> scenario : results.entrySet()) {
            text.append("## ").append(scenario.getKey().title()).append("\n\n");
            text.append("| clients | holds/s | p50 (ms) | p99 (ms) | refused | SQL/hold | pgbench tps | pgbench holds/s"
                    + " | pgbench p50 (ms) | pgbench p99 (ms) | pgbench SQL/hold | ratio | ledger |\n");
            text.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Row row : scenario.getValue()) {
                text.append(String.format(
                        "| %d | %,.1f | %.1f | %.1f | %s | %.1f | %,.1f | %,.1f | %.1f | %.1f | %.1f | %.2f | %s |%n",
                        row.clients(),
                        row.http().perSecond(),
                        row.http().millis(50),
                        row.http().millis(99),
                        refusals(row.http()),
                        row.httpStatementsPerHold(),
                        row.pg().tps(),
                        row.pgPerSecond(),
                        row.pg().millis(50),
                        row.pg().millis(99),
                        row.pgStatementsPerHold(),
                        row.ratio(),
                        row.clean() ? "ok" : "**oversold**"));
            }
            text.append('\n');
            for (Row row : scenario.getValue()) {
                text.append("- clients ")
                        .append(row.clients())
                        .append(": HTTP ")
                        .append(String.format("%,d holds", row.http().holds()))
                        .append(
                                row.http().holds() == row.httpBooked()
                                        ? ""
                                        : String.format(" (%,d bookings in the database)", row.httpBooked()))
                        .append(String.format(", DB %.2f ms/hold", row.httpDatabaseMillisPerHold()))
                        .append(", ")
                        .append(row.httpCpuPerHold())
                        .append(", ledger ")
                        .append(row.httpCheck().summary())
                        .append("; pgbench ")
                        .append(String.format(
                                "%,d transactions, %,d holds", row.pg().transactions(), row.pgBooked()))
                        .append(
                                row.pg().abortedClients() == 0
                                        ? ""
                                        : ", " + row.pg().abortedClients() + " client(s) aborted: "
                                                + row.pg().errors())
                        .append(String.format(", DB %.2f ms/hold", row.pgDatabaseMillisPerHold()))
                        .append(", ")
                        .append(row.pgCpuPerHold())
                        .append(", ledger ")
                        .append(row.pgCheck().summary())
                        .append('\n');
            }
            text.append('\n');
        }

        text.append("## For comparison: the platform's floor\n\n");
        text.append("Other requests on the same platform, one client, one request after the other (")
                .append(Load.PROBE_SECONDS)
                .append(
                        " s each after as long a warm-up): what any request costs, before a hold does its own work.\n\n");
        text.append("| request | requests | p50 (ms) | p99 (ms) | answers |\n|---|---|---|---|---|\n");
        for (Load.Probe probe : probes) {
            text.append(String.format(
                    "| %s `%s` | %,d | %.1f | %.1f | %s |%n",
                    probe.name(),
                    probe.path(),
                    probe.latencies().getTotalCount(),
                    probe.latencies().getValueAtPercentile(50) / 1000.0,
                    probe.latencies().getValueAtPercentile(99) / 1000.0,
                    probe.statuses()));
        }
        text.append('\n');

        text.append("## For comparison: the ceiling\n\n");
        text.append("The cheapest authenticated request, in a closed loop as the holds are sent (a random customer's"
                + " token, keep-alive): what every API request pays for (the token, the account check, JSON) without"
                + " a hold's own statements and transaction. Holds cannot go faster than this on this machine."
                + " Beside it, an anonymous read of one small query (the categories, no token): what the sign-in"
                + " costs.\n\n");
        for (Ceiling ceiling : ceilings) {
            text.append("- ").append(ceiling.line()).append('\n');
        }
        text.append('\n');

        text.append("## Targets\n\n");
        text.append(targets(results, options));
        text.append("\nLedger checks after every step (each a count that must be 0): ")
                .append(String.join("; ", Ledger.CHECKS.keySet()))
                .append(". \"Live\" bookings are HELD or CONFIRMED.\n");
        return text.toString();
    }

    private static String refusals(Load.Step step) {
        if (step.refusals().isEmpty()) {
            return "0";
        }
        return step.refusals().entrySet().stream()
                .map(entry -> String.format("%,d × %s", entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(", "));
    }

    static String targets(Map<BookingBench.Scenario, List<Row>> results, BookingBench.Options options) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<BookingBench.Scenario, List<Row>> scenario : results.entrySet()) {
            String key = scenario.getKey().key();
            List<Row> rows = scenario.getValue();
            if (key.equals("a")) {
                Row best = rows.stream()
                        .max((x, y) ->
                                Double.compare(x.http().perSecond(), y.http().perSecond()))
                        .orElseThrow();
                lines.add(String.format(
                        "| at least %,.0f holds/s on the hot general-admission event | %,.1f (%d clients) | %s |",
                        HOT_TARGET,
                        best.http().perSecond(),
                        best.clients(),
                        best.http().perSecond() >= HOT_TARGET ? "met" : "**missed**"));
            }
            double worst = rows.stream().mapToDouble(Row::ratio).min().orElse(Double.NaN);
            lines.add(String.format(
                    "| (%s) at least half of plain SQL at every client count | lowest ratio %.2f | %s |",
                    key, worst, worst >= RATIO_TARGET ? "met" : "**missed**"));
            rows.stream()
                    .filter(row -> row.clients() == P99_TARGET_CLIENTS)
                    .findFirst()
                    .ifPresentOrElse(
                            row -> lines.add(String.format(
                                    "| (%s) p99 under %.0f ms at %d clients | %.1f ms | %s |",
                                    key,
                                    P99_TARGET_MILLIS,
                                    P99_TARGET_CLIENTS,
                                    row.http().millis(99),
                                    row.http().millis(99) < P99_TARGET_MILLIS ? "met" : "**missed**")),
                            () -> lines.add(String.format(
                                    "| (%s) p99 under %.0f ms at %d clients | not measured (clients %s) | - |",
                                    key, P99_TARGET_MILLIS, P99_TARGET_CLIENTS, options.clients())));
        }
        boolean clean = results.values().stream().flatMap(List::stream).allMatch(Row::clean);
        lines.add("| zero oversold seats and places after each run | "
                + (clean ? "every ledger check 0" : "see the ledger lines above") + " | "
                + (clean ? "met" : "**missed**") + " |");
        return "| target | measured | |\n|---|---|---|\n" + String.join("\n", lines) + "\n";
    }
}
