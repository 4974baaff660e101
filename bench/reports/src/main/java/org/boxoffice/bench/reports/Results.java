package org.boxoffice.bench.reports;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.bench.common.Cpu;
import org.boxoffice.bench.common.Database;

/** The run's figures as Markdown for target/results.md (and docs/PERFORMANCE.md), and a summary line. */
record Results(
        ReportsBench.Options options,
        String machine,
        String platformBuilt,
        Map<String, String> postgres,
        String javaOptions,
        Fixtures.Filled filled,
        double fillSeconds,
        String reportId,
        Map<String, String> report,
        double jobSeconds,
        Cpu.Sample cpu,
        List<Database.StatementCost> statements,
        GcLog.Heap heap,
        long baselineMiB,
        long csvBytes,
        long csvLines,
        String mailedTo,
        boolean agrees,
        ReportsBench.Explained explained,
        double runSeconds) {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    String summary() {
        return String.format(
                "sales report of %,d tickets (%,d events): %s in %.1f s; peak heap in use %d MiB, peak live %d MiB"
                        + " (-Xmx%s); counts %s plain SQL; the four queries over the whole day in plain SQL: %.1f s",
                filled.ticketsSold(),
                filled.events(),
                report.get("status"),
                jobSeconds,
                heap.peakUsedMiB(),
                heap.peakLiveMiB(),
                options.heap(),
                agrees ? "agree with" : "DISAGREE with",
                explained.wholeDayMillis().values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum()
                        / 1000);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# bench/reports results\n\n");
        md.append("- command: `").append(options.command()).append("`\n");
        md.append("- date: ")
                .append(org.boxoffice.bench.common.Harness.date())
                .append(", revision ")
                .append(options.revision())
                .append(", platform built ")
                .append(platformBuilt)
                .append('\n');
        md.append("- machine: ").append(machine).append('\n');
        md.append("- PostgreSQL: ").append(postgres).append('\n');
        md.append("- platform JVM: `")
                .append(javaOptions.replaceAll("file=\\S+", "file=target/gc.log"))
                .append("`\n");
        options.settings().forEach((name, value) -> md.append("- platform setting: ")
                .append(name)
                .append('=')
                .append(value)
                .append('\n'));
        md.append("- whole run: ").append(String.format("%.0f s", runSeconds)).append("\n\n");

        md.append("## The day\n\n");
        md.append(String.format(
                "%s (UTC), one organisation: %,d events with %,d ticket types (one event in ten in CHF, the rest in"
                        + " EUR), %,d bookings of 1 to 4 tickets in all, %,d tickets sold on the day, %,d on the days"
                        + " before and after; %,d refunds (%.1f %% of the bookings, all their tickets; those of the"
                        + " day before refunded on the day), %,d tickets refunded on the day, %,d admitted on the day."
                        + " Written by SQL in %.0f s (%s).%n%n",
                options.day(),
                filled.events(),
                filled.ticketTypes(),
                filled.bookings(),
                filled.ticketsSold(),
                filled.otherDayTickets(),
                filled.refunds(),
                options.refundPercent(),
                filled.ticketsRefunded(),
                filled.checkIns(),
                fillSeconds,
                filled.seconds().entrySet().stream()
                        .map(step -> step.getKey() + String.format(" %.0f s", step.getValue()))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")));

        md.append("## The job\n\n");
        md.append("| | |\n|---|---|\n");
        md.append(row("report", reportId + ", " + report.get("status")));
        md.append(row(
                "from POST /api/v1/reports to COMPLETED (polled every 250 ms)", String.format("%.1f s", jobSeconds)));
        md.append(row("the report's own times (UTC)", report.get("startedAt") + " → " + report.get("endedAt")));
        md.append(row(
                "lines, tickets sold, refunded, check-ins",
                report.get("lines") + ", " + report.get("ticketsSold") + ", " + report.get("ticketsRefunded") + ", "
                        + report.get("checkIns")));
        md.append(row(
                "the same counts in plain SQL",
                "—, " + filled.ticketsSold() + ", " + filled.ticketsRefunded() + ", " + filled.checkIns()
                        + (agrees ? " (agree)" : " (**DISAGREE**)")));
        md.append(row("CSV", String.format("%,d lines, %,d bytes", csvLines, csvBytes)));
        md.append(row("mailed to (finance contacts)", mailedTo));
        md.append(row(
                "CPU during the job",
                String.format(
                        "platform %.1f s, PostgreSQL %.1f s, bench %.1f s (of %.1f s × cores)",
                        cpu.platform(), cpu.postgres(), cpu.bench(), jobSeconds)));
        md.append(row("the platform's busiest threads", cpu.busiestThreads(4)));
        md.append(row(
                "heap (GC log of the platform)",
                String.format(
                        "%d collections during the job; peak in use %d MiB (before a collection), peak live %d MiB"
                                + " (after one), committed %d MiB, longest pause %.1f ms; live before the job"
                                + " (after a full GC): %d MiB",
                        heap.collections(),
                        heap.peakUsedMiB(),
                        heap.peakLiveMiB(),
                        heap.committedMiB(),
                        heap.maxPauseMicros() / 1000.0,
                        baselineMiB)));
        md.append('\n');

        md.append("### What PostgreSQL ran during the job (pg_stat_statements, the platform's login, by time)\n\n");
        md.append("| calls | total ms | ms per call | rows | statement |\n|---:|---:|---:|---:|---|\n");
        statements.stream()
                .filter(cost -> !cost.utility())
                .limit(12)
                .forEach(cost -> md.append(String.format(
                        "| %,d | %,.0f | %.2f | %,d | `%s` |%n",
                        cost.calls(),
                        cost.totalMillis(),
                        cost.totalMillis() / Math.max(1, cost.calls()),
                        cost.rows(),
                        shorten(cost.query(), 160))));
        double total = statements.stream()
                .mapToDouble(Database.StatementCost::totalMillis)
                .sum();
        md.append(String.format("%nAll statements: %,.0f ms.%n%n", total));

        md.append("## Where the time goes: EXPLAIN ANALYZE\n\n");
        md.append(String.format(
                "The job's four queries for the busiest event (%d, %,d tickets on the day), with the values"
                        + " written in (a custom plan) and as the generic plan a prepared statement may get;"
                        + " then the same sums for all the organisation's events at once, as one plain SQL client"
                        + " would ask (the time includes reading every row).%n%n",
                explained.eventId(), explained.eventTickets()));
        md.append("| query | one event, custom plan | one event, generic plan | whole day, all events |\n");
        md.append("|---|---:|---:|---:|\n");
        for (String name : explained.plans().keySet()) {
            md.append(String.format(
                    "| %s | %s | %s | %.0f ms |%n",
                    name,
                    execution(explained.plans().get(name)),
                    execution(explained.genericPlans().get(name)),
                    explained.wholeDayMillis().get(name)));
        }
        md.append('\n');
        for (String name : explained.plans().keySet()) {
            md.append("<details><summary>").append(name).append(": plans</summary>\n\n```\n");
            md.append("-- one event, custom plan\n").append(explained.plans().get(name));
            md.append("-- one event, generic plan\n")
                    .append(explained.genericPlans().get(name));
            md.append("-- whole day\n").append(explained.wholeDayPlans().get(name));
            md.append("```\n\n</details>\n\n");
        }
        return md.toString();
    }

    private static String execution(String plan) {
        Matcher time = EXECUTION.matcher(plan == null ? "" : plan);
        return time.find() ? String.format("%.1f ms", Double.parseDouble(time.group(1))) : "?";
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }

    private static String shorten(String text, int length) {
        String flat = text.replace('|', '/').replace('`', '\'');
        return flat.length() <= length ? flat : flat.substring(0, length) + "…";
    }
}
