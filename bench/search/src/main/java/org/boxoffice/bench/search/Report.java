package org.boxoffice.bench.search;

import java.util.List;
import java.util.Map;
import org.boxoffice.bench.common.Database;

/** The figures as Markdown, for the console, target/results.md and docs/PERFORMANCE.md. */
final class Report {

    /** One measured shape with what the platform's login ran for it in SQL. */
    record Row(Measurement.Result result, long statements, double databaseMillis) {}

    private Report() {}

    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append(
                "| shape | example URL | n | p50 | p95 | p99 | max (ms) | results/total | SQL/req | DB ms/req | p99 target |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            Measurement.Result result = row.result();
            table.append(String.format(
                    "| %s | `%s` | %d | %.1f | %.1f | %.1f | %.1f | %s | %.1f | %.1f | %s |%n",
                    result.shape().name(),
                    result.exampleUrl(),
                    result.count(),
                    result.millis(50),
                    result.millis(95),
                    result.millis(99),
                    result.maxMillis(),
                    results(result),
                    (double) row.statements() / result.count(),
                    row.databaseMillis() / result.count(),
                    (result.missesTarget() ? "**missed** (" : "met (") + "< "
                            + (int) result.shape().targetMillis() + " ms)"));
        }
        return table.toString();
    }

    private static String results(Measurement.Result result) {
        if (!result.seats().isEmpty()) {
            return result.seats() + ", " + String.format("%,d", result.bytes() / 1024) + " KiB";
        }
        return String.format(
                "%.1f / %,.0f (%,d–%,d)", result.items(), result.total(), result.minTotal(), result.maxTotal());
    }

    static String throughput(String shape, List<Measurement.Throughput> runs) {
        StringBuilder table = new StringBuilder();
        table.append("| shape | clients | requests | req/s | p50 (ms) | p99 (ms) | max (ms) |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (Measurement.Throughput run : runs) {
            table.append(String.format(
                    "| %s | %d | %,d | %.1f | %.1f | %.1f | %.1f |%n",
                    shape,
                    run.clients(),
                    run.requests(),
                    run.perSecond(),
                    run.latencies().getValueAtPercentile(50) / 1000.0,
                    run.latencies().getValueAtPercentile(99) / 1000.0,
                    run.latencies().getMaxValue() / 1000.0));
        }
        return table.toString();
    }

    static String counts(Map<String, Long> counts) {
        StringBuilder table = new StringBuilder("| table | rows |\n|---|---|\n");
        counts.forEach((name, count) -> table.append(String.format("| %s | %,d |%n", name, count)));
        return table.toString();
    }

    /** The statements of one shape, most expensive first, per request. */
    static String statements(String shape, List<Database.StatementCost> costs, long requests) {
        StringBuilder text = new StringBuilder("== " + shape + " (" + requests + " timed requests)\n");
        text.append(String.format(
                "%9s %9s %9s  %s%n", "calls/req", "ms/call", "rows/call", "statement (ms: planning and execution)"));
        for (Database.StatementCost cost : costs.subList(0, Math.min(12, costs.size()))) {
            text.append(String.format(
                    "%9.1f %9.3f %9.1f  %s%n",
                    (double) cost.calls() / requests,
                    cost.totalMillis() / cost.calls(),
                    (double) cost.rows() / cost.calls(),
                    cost.query().length() > 600 ? cost.query().substring(0, 600) + " ..." : cost.query()));
        }
        return text.append('\n').toString();
    }
}
