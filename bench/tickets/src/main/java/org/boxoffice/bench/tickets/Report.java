package org.boxoffice.bench.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.boxoffice.bench.common.Cpu;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Harness;

/** The figures as console lines and as Markdown for target/results.md and docs/PERFORMANCE.md. */
final class Report {

    /** A timed step with where its CPU went and, for the gates, what PostgreSQL ran. */
    record Measured(String what, Loop.Step step, Cpu.Sample cpu, List<Database.StatementCost> statements) {

        long pdfs() {
            return step.count(Downloads.PDF);
        }

        String pdfLine() {
            return String.format(
                    "%s, %d clients: %,.1f PDFs/s, p50 %.1f ms, p99 %.1f ms, %,.0f bytes per PDF, other answers: %s; %s",
                    what,
                    step.clients(),
                    step.perSecond(Downloads.PDF),
                    step.millis(Downloads.PDF, 50),
                    step.millis(Downloads.PDF, 99),
                    (double) step.bytes() / Math.max(1, pdfs()),
                    step.others(),
                    cpuLine(pdfs(), "PDF"));
        }

        long scans() {
            return step.count(Gates.ADMITTED) + step.count(Gates.REPEAT_REFUSED) + step.counted("");
        }

        long sqlStatements() {
            return statements.stream()
                    .filter(cost -> !cost.utility())
                    .mapToLong(Database.StatementCost::calls)
                    .sum();
        }

        double databaseMillis() {
            return statements.stream()
                    .mapToDouble(Database.StatementCost::totalMillis)
                    .sum();
        }

        String gateLine() {
            return String.format(
                    "%s: %,.1f admitted/s (%,d), p50 %.1f ms, p99 %.1f ms; %,d repeats refused (p50 %.1f ms);"
                            + " other answers: %s; %.1f statements and %.2f ms of PostgreSQL per scan; %s",
                    what,
                    step.perSecond(Gates.ADMITTED),
                    step.count(Gates.ADMITTED),
                    step.millis(Gates.ADMITTED, 50),
                    step.millis(Gates.ADMITTED, 99),
                    step.count(Gates.REPEAT_REFUSED),
                    step.millis(Gates.REPEAT_REFUSED, 50),
                    step.others(),
                    (double) sqlStatements() / Math.max(1, scans()),
                    databaseMillis() / Math.max(1, scans()),
                    cpuLine(scans(), "scan"));
        }

        String cpuLine(long count, String unit) {
            return Cpu.perUnit(count, unit, step.seconds(), "load generator", cpu.bench(), cpu)
                    + "; the platform's busiest threads: " + cpu.busiestThreads(4);
        }
    }

    /** The confirmation mails of the mail step. */
    record Mails(
            Buyers.Bought bought,
            long arrived,
            boolean all,
            double seconds,
            double bytesPerMail,
            long pdfs,
            long others,
            Cpu.Sample cpu) {

        double perMinute() {
            return arrived / seconds * 60;
        }

        String line() {
            return String.format(
                    "%,d bookings confirmed in %.1f s (%,.1f/s); %,d of their confirmation mails arrived%s, the last"
                            + " %.1f s after the first confirmation: %,.0f mails/min; %,.0f bytes per mail, %,d PDFs"
                            + " attached; %,d other mails meanwhile (payment receipts); other answers: %s; %s",
                    bought.bookings().size(),
                    bought.step().seconds(),
                    bought.bookingsPerSecond(),
                    arrived,
                    all ? "" : " (not all: the wait ended)",
                    seconds,
                    perMinute(),
                    bytesPerMail,
                    pdfs,
                    others,
                    bought.step().others(),
                    Cpu.perUnit(
                            Math.max(1, arrived),
                            "mail (booking and delivery)",
                            seconds,
                            "bench (load generator and GreenMail)",
                            cpu.bench(),
                            cpu));
        }
    }

    /**
     * The confirmations of the tickets' bookings that went out while they were booked and for the
     * drain time after; the rest were dropped with a restart of the platform.
     */
    record Backlog(long bookings, long delivered, double seconds, double bytesPerMail, long pdfs) {

        double perMinute() {
            return delivered / seconds * 60;
        }

        String line() {
            return String.format(
                    "%,d of the %,d confirmation mails arrived, the last %.1f s after the first confirmation (%,.0f"
                            + " mails/min while booking and after; %,.0f bytes per mail, %,d PDFs attached)%s",
                    delivered,
                    bookings,
                    seconds,
                    perMinute(),
                    bytesPerMail,
                    pdfs,
                    delivered < bookings
                            ? String.format(
                                    "; at that rate all %,d would have taken %.0f s: the other %,d were dropped"
                                            + " (the platform restarted with an empty broker journal)",
                                    bookings, bookings / perMinute() * 60, bookings - delivered)
                            : "");
        }
    }

    /** The same bookings with the mail server up and then down. */
    record Outage(
            Buyers.Bought up,
            Cpu.Sample upCpu,
            Buyers.Bought down,
            Cpu.Sample downCpu,
            long late,
            boolean caughtUp,
            double lateSeconds,
            String deadLetters) {

        double ratio() {
            return down.bookingsPerSecond() / up.bookingsPerSecond();
        }

        String line() {
            return String.format(
                    "mail server down ÷ up: %.2f bookings/s; of the %,d confirmations made while it was down, %,d"
                            + " mails arrived%s after it came back (the last after %.1f s); messages on the platform's"
                            + " dead-letter queue: %s",
                    ratio(),
                    down.bookings().size(),
                    late,
                    caughtUp ? "" : " (not all: the wait ended)",
                    lateSeconds,
                    deadLetters);
        }
    }

    private final TicketsBench.Options options;
    private final String machine;
    private final String platformBuilt;
    private Map<String, String> postgres = Map.of();
    private String fixtures = "";
    private String making = "";
    private final List<Measured> pdfs = new ArrayList<>();
    private final List<Measured> gates = new ArrayList<>();
    private Loop.Step gateWarmup;
    private Admissions.Check admissions;
    private int drawn;
    private int tickets;
    private Mails mails;
    private Outage outage;
    private double seconds;

    Report(TicketsBench.Options options, String machine, String platformBuilt) {
        this.options = options;
        this.machine = machine;
        this.platformBuilt = platformBuilt;
    }

    /** One line about a run of purchases: bookings, their rate, the latencies, the CPU. */
    static String bought(Buyers.Bought bought, int perBooking, Cpu.Sample cpu) {
        Loop.Step step = bought.step();
        return String.format(
                "%,d bookings (%,d tickets) in %.1f s: %,.1f bookings/s, %,.1f tickets/s; hold p50 %.1f / p99 %.1f ms,"
                        + " pay p50 %.1f / p99 %.1f ms; other answers: %s; %s",
                bought.bookings().size(),
                (long) bought.bookings().size() * perBooking,
                step.seconds(),
                bought.bookingsPerSecond(),
                bought.bookingsPerSecond() * perBooking,
                step.millis("hold", 50),
                step.millis("hold", 99),
                step.millis("pay", 50),
                step.millis("pay", 99),
                step.others(),
                Cpu.perUnit(bought.bookings().size(), "booking", step.seconds(), "load generator", cpu.bench(), cpu));
    }

    void postgres(Map<String, String> settings) {
        this.postgres = settings;
    }

    void fixtures(String notes) {
        this.fixtures = notes;
    }

    void making(Buyers.Bought bought, Cpu.Sample cpu, int ticketsMade, Backlog backlog) {
        this.making = String.format(
                "%s. The database then held %,d valid tickets of the gate event. Their confirmation mails: %s.",
                bought(bought, options.perBooking(), cpu), ticketsMade, backlog.line());
    }

    void pdf(Measured measured) {
        pdfs.add(measured);
    }

    void gateWarmup(Loop.Step warmup) {
        this.gateWarmup = warmup;
    }

    void gates(Measured measured) {
        gates.add(measured);
    }

    void admissions(Admissions.Check check, int drawn, int tickets) {
        this.admissions = check;
        this.drawn = drawn;
        this.tickets = tickets;
    }

    void mails(Mails mails) {
        this.mails = mails;
    }

    void outage(Outage outage) {
        this.outage = outage;
    }

    void total(double seconds) {
        this.seconds = seconds;
    }

    String document() {
        StringBuilder text = new StringBuilder("# Check-ins, ticket PDFs and confirmation mails\n\n");
        text.append("- date: ").append(Harness.date()).append('\n');
        text.append(String.format(
                "- command: `%s` (%,d tickets in bookings of %d, %d s per step, gates %s, PDF clients %s, %.1f %%"
                        + " repeated scans, %,d bookings for the mail step, %d buyers; whole run %.0f s)%n",
                options.command(),
                options.tickets(),
                options.perBooking(),
                options.seconds(),
                list(options.gates()),
                list(options.pdfClients()),
                options.repeatPercent(),
                options.mails(),
                options.buyers(),
                seconds));
        text.append("- machine: ")
                .append(machine)
                .append("; bench (load generator and GreenMail), platform and database on it\n");
        text.append("- platform: revision ")
                .append(options.revision())
                .append(", boxoffice.war of ")
                .append(platformBuilt)
                .append("; config/bin/boxoffice defaults")
                .append(
                        options.settings().isEmpty()
                                ? ""
                                : " with "
                                        + options.settings().entrySet().stream()
                                                .map(entry -> entry.getKey() + "=" + entry.getValue())
                                                .collect(Collectors.joining(", ")))
                .append(", mail to GreenMail's SMTP server in the bench's JVM\n");
        text.append("- PostgreSQL: ").append(postgres).append('\n');
        text.append("- data:\n");
        fixtures.lines().forEach(line -> text.append("  - ").append(line).append('\n'));
        text.append('\n');

        text.append("## The tickets, through the booking API\n\n");
        text.append(making).append("\n\n");

        text.append("## Ticket PDFs\n\n");
        text.append("After ")
                .append(options.warmup())
                .append(" s of each at ")
                .append(TicketsBench.WARMUP_CLIENTS)
                .append(" clients (not counted); N clients in a closed loop, each GET with the owner's token for a"
                        + " random ticket or booking of the gate event; a PDF counts when it is a 200 that begins"
                        + " `%PDF-`.\n\n");
        text.append("| request | clients | PDFs/s | p50 (ms) | p99 (ms) | bytes per PDF | other answers |"
                + " CPU per PDF: platform / PostgreSQL / load generator (ms) |\n");
        text.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measured pdf : pdfs) {
            text.append(String.format(
                    "| %s | %d | %,.1f | %.1f | %.1f | %,.0f | %s | %s |%n",
                    pdf.what(),
                    pdf.step().clients(),
                    pdf.step().perSecond(Downloads.PDF),
                    pdf.step().millis(Downloads.PDF, 50),
                    pdf.step().millis(Downloads.PDF, 99),
                    (double) pdf.step().bytes() / Math.max(1, pdf.pdfs()),
                    pdf.step().others(),
                    perUnit(pdf.cpu(), pdf.pdfs())));
        }
        text.append('\n');
        for (Measured pdf : pdfs) {
            text.append("- ").append(pdf.pdfLine()).append('\n');
        }
        text.append('\n');

        text.append("## Check-ins\n\n");
        text.append(String.format(
                "Each gate is a client in a closed loop sending `POST /api/v1/checkins` `{code, gate}` with the"
                        + " organizer's token; gates draw the tickets from one shuffled deck (each scanned once), and"
                        + " %.1f %% of the scans are instead a ticket admitted already, which must answer 409 `%s`."
                        + " Warm-up: %d s at %d gates (%,d admitted, counted in the checks below, not in the table).%n%n",
                options.repeatPercent(),
                Gates.ALREADY_USED,
                options.warmup(),
                TicketsBench.WARMUP_CLIENTS,
                gateWarmup == null ? 0 : gateWarmup.count(Gates.ADMITTED)));
        text.append(
                "| gates | admitted/s | p50 (ms) | p99 (ms) | repeats refused (409) | repeat p50 (ms) | other answers"
                        + " | SQL per scan | DB ms per scan | CPU per scan: platform / PostgreSQL / load generator (ms) |\n");
        text.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measured gate : gates) {
            text.append(String.format(
                    "| %d | %,.1f | %.1f | %.1f | %,d | %.1f | %s | %.1f | %.2f | %s |%n",
                    gate.step().clients(),
                    gate.step().perSecond(Gates.ADMITTED),
                    gate.step().millis(Gates.ADMITTED, 50),
                    gate.step().millis(Gates.ADMITTED, 99),
                    gate.step().count(Gates.REPEAT_REFUSED),
                    gate.step().millis(Gates.REPEAT_REFUSED, 50),
                    gate.step().others(),
                    (double) gate.sqlStatements() / Math.max(1, gate.scans()),
                    gate.databaseMillis() / Math.max(1, gate.scans()),
                    perUnit(gate.cpu(), gate.scans())));
        }
        text.append('\n');
        for (Measured gate : gates) {
            text.append("- ").append(gate.gateLine()).append('\n');
        }
        if (!gates.isEmpty()) {
            Measured last = gates.get(gates.size() - 1);
            text.append(String.format(
                    "%nWhat PostgreSQL ran per scan at %d gates (calls per scan, ms per call):%n%n",
                    last.step().clients()));
            for (Database.StatementCost cost : last.statements()) {
                double perScan = (double) cost.calls() / Math.max(1, last.scans());
                if (perScan >= 0.01) {
                    text.append(String.format(
                            "- %.2f × %.3f ms: `%s`%n",
                            perScan,
                            cost.totalMillis() / Math.max(1, cost.calls()),
                            cost.query().length() > 300 ? cost.query().substring(0, 300) + "…" : cost.query()));
                }
            }
        }
        if (admissions != null) {
            text.append(String.format(
                    "%n**Admissions in SQL** after the last step (%,d of %,d tickets drawn by the gates): %s. Checks: %s.%n",
                    drawn,
                    tickets,
                    admissions.summary(),
                    String.join("; ", admissions.violations().counts().keySet())));
        }
        text.append('\n');

        if (mails != null) {
            text.append("## Confirmation mails\n\n");
            text.append(String.format(
                    "%,d bookings of %d places of the mail event, held and paid by card on %d clients; from the first"
                            + " confirmation until GreenMail had received the %,d-th of their mails.%n%n",
                    options.mails(),
                    Fixtures.MAIL_EVENT_PLACES,
                    options.buyers(),
                    mails.bought().bookings().size()));
            text.append("| bookings | bookings/s | mails arrived | first confirmation to last mail (s) | mails/min"
                    + " | bytes per mail | PDFs attached | CPU per mail: platform / PostgreSQL / bench (ms) |\n");
            text.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            text.append(String.format(
                    "| %,d | %,.1f | %,d%s | %.1f | %,.0f | %,.0f | %,d | %s |%n%n",
                    mails.bought().bookings().size(),
                    mails.bought().bookingsPerSecond(),
                    mails.arrived(),
                    mails.all() ? "" : " (wait ended)",
                    mails.seconds(),
                    mails.perMinute(),
                    mails.bytesPerMail(),
                    mails.pdfs(),
                    perUnit(mails.cpu(), Math.max(1, mails.arrived()))));
            text.append("- ").append(mails.line()).append("\n\n");
        }

        if (outage != null) {
            text.append("## Bookings while the mail server is down\n\n");
            text.append(String.format(
                    "The same purchases (hold and card payment, %d places of the mail event, %d clients) for %d s"
                            + " with GreenMail stopped (the platform's SMTP connections refused: its confirmation"
                            + " mails fail and are retried), then GreenMail running again until those mails arrived"
                            + " (at most %d s), then %d s with it running. Both steps start with no mail queued, as"
                            + " far as these waits allow.%n%n",
                    Fixtures.MAIL_EVENT_PLACES,
                    options.buyers(),
                    options.seconds(),
                    options.mailWait(),
                    options.seconds()));
            text.append("| mail server | bookings/s | hold p50 / p99 (ms) | pay p50 / p99 (ms) | other answers"
                    + " | CPU per booking: platform / PostgreSQL / load generator (ms) |\n");
            text.append("| --- | --- | --- | --- | --- | --- |\n");
            outageRow(text, "down", outage.down(), outage.downCpu());
            outageRow(text, "up", outage.up(), outage.upCpu());
            text.append('\n');
            text.append("- ").append(outage.line()).append('\n');
            text.append("- down: ")
                    .append(bought(outage.down(), Fixtures.MAIL_EVENT_PLACES, outage.downCpu()))
                    .append('\n');
            text.append("- up: ")
                    .append(bought(outage.up(), Fixtures.MAIL_EVENT_PLACES, outage.upCpu()))
                    .append('\n');
        }
        return text.toString();
    }

    private static void outageRow(StringBuilder text, String state, Buyers.Bought bought, Cpu.Sample cpu) {
        Loop.Step step = bought.step();
        text.append(String.format(
                "| %s | %,.1f | %.1f / %.1f | %.1f / %.1f | %s | %s |%n",
                state,
                bought.bookingsPerSecond(),
                step.millis("hold", 50),
                step.millis("hold", 99),
                step.millis("pay", 50),
                step.millis("pay", 99),
                step.others(),
                perUnit(cpu, bought.bookings().size())));
    }

    private static String perUnit(Cpu.Sample cpu, long count) {
        return String.format(
                "%.2f / %.2f / %.2f",
                1000 * cpu.platform() / Math.max(1, count),
                1000 * cpu.postgres() / Math.max(1, count),
                1000 * cpu.bench() / Math.max(1, count));
    }

    private static String list(List<Integer> counts) {
        return counts.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
