package org.boxoffice.bench.tickets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.bench.common.Api;
import org.boxoffice.bench.common.Arguments;
import org.boxoffice.bench.common.Cpu;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Harness;
import org.boxoffice.bench.common.Platform;
import org.boxoffice.bench.common.Tokens;

/**
 * What happens after a booking, measured on the platform as its launcher runs it: the tickets of
 * one event made through the booking API (holds paid by card), their PDFs downloaded, their codes
 * scanned at 8 and 32 gates (each admitted once, repeats refused, the admissions checked in SQL
 * afterwards), and the confirmation mails delivered to an SMTP server the bench runs, with the
 * bookings per second while that server is down against while it is up. Started by {@code
 * bench/tickets/run}.
 */
public final class TicketsBench {

    static final int WARMUP_CLIENTS = 8;

    /** How often the making of the tickets prints how far it got. */
    static final int PROGRESS_SECONDS = 30;

    /** PostgreSQL's settings beside the common ones. */
    private static final Map<String, String> SERVER_SETTINGS =
            Map.of("max_connections", "100", "pg_stat_statements.max", "1000");

    /** The total of a page of a list in the API's JSON. */
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private static final List<String> REPORTED_SETTINGS =
            List.of("server_version", "shared_buffers", "fsync", "synchronous_commit");

    /**
     * {@code --tickets=N --per-booking=N --gates="8 32" --pdf-clients="1 8" --seconds=N --warmup=N
     * --repeats=PERCENT --mails=N --buyers=N --customers=N --mail-wait=N --drain=N --port=N --command=TEXT
     * --revision=TEXT --repo=DIR --target=DIR --settings=NAME=VALUE,...}
     */
    record Options(
            int tickets,
            int perBooking,
            List<Integer> gates,
            List<Integer> pdfClients,
            int seconds,
            int warmup,
            double repeatPercent,
            int mails,
            int buyers,
            int customers,
            int mailWait,
            int drain,
            int port,
            String command,
            String revision,
            Path repo,
            Path target,
            Map<String, String> settings) {

        static Options parse(String[] args) {
            Arguments values = Arguments.parse(args);
            Options options = new Options(
                    Integer.parseInt(values.get("tickets", "50000")),
                    Integer.parseInt(values.get("per-booking", "10")),
                    values.counts("gates", "8 32"),
                    values.counts("pdf-clients", "1 8"),
                    Integer.parseInt(values.get("seconds", "15")),
                    Integer.parseInt(values.get("warmup", "5")),
                    Double.parseDouble(values.get("repeats", "2")),
                    Integer.parseInt(values.get("mails", "150")),
                    Integer.parseInt(values.get("buyers", "8")),
                    Integer.parseInt(values.get("customers", "256")),
                    Integer.parseInt(values.get("mail-wait", "90")),
                    Integer.parseInt(values.get("drain", "20")),
                    Integer.parseInt(values.get("port", "8393")),
                    values.get("command", "bench/tickets/run"),
                    values.get("revision", "unknown"),
                    values.repo(),
                    values.target("tickets"),
                    values.settings());
            if (options.perBooking() < 1 || options.perBooking() > 100) {
                throw new IllegalArgumentException("--per-booking is 1 to 100 (an event's per-order limit)");
            }
            if (options.tickets() < options.perBooking() || options.tickets() % options.perBooking() != 0) {
                throw new IllegalArgumentException("--tickets must be a multiple of --per-booking");
            }
            if (options.repeatPercent() < 0 || options.repeatPercent() >= 50) {
                throw new IllegalArgumentException("--repeats is a percentage below 50");
            }
            return options;
        }
    }

    /** A ticket of the gate event as the database has it. */
    record Ticket(long id, String code, long bookingId, long accountId) {}

    private final Options options;
    private final Harness harness;

    private TicketsBench(Options options, Harness harness) {
        this.options = options;
        this.harness = harness;
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Harness.main("tickets", options.repo(), options.target(), harness -> new TicketsBench(options, harness).run());
    }

    /** 0 when the admissions were clean (whatever the speed), 3 when a ticket let in twice or the books disagree. */
    private int run() throws Exception {
        long started = System.nanoTime();
        Path target = options.target();
        harness.requireRuntime();
        harness.requireFreePort(options.port());
        Report report = new Report(options, harness.machine(), harness.platformBuilt());

        try (Mailbox mailbox = Mailbox.start()) {
            System.out.println("mail server (GreenMail SMTP) at 127.0.0.1:" + mailbox.port());
            Database database = harness.startDatabase(SERVER_SETTINGS);
            report.postgres(database.settings(REPORTED_SETTINGS));
            Tokens tokens = Tokens.generate();
            // the bench's own key, as the integration tests give theirs: its tokens are the platform's
            Map<String, String> environment = new LinkedHashMap<>(tokens.environment(target.resolve("keys")));
            environment.put("BOXOFFICE_MAIL_HOST", "127.0.0.1");
            environment.put("BOXOFFICE_MAIL_PORT", String.valueOf(mailbox.port()));
            environment.putAll(options.settings());
            options.settings().forEach((name, value) -> System.out.println("platform setting: " + name + "=" + value));
            Platform platform = harness.startPlatform(database, options.port(), environment);
            URI base = platform.baseUri();
            Path postmaster = target.resolve("postgres").resolve("postmaster.pid");
            Cpu cpu = new Cpu(platform.serverPid(), postmaster);

            System.out.println("making the customers (SQL) and the events (organizer API)");
            Fixtures.Made made = new Fixtures(
                            database,
                            new Api(base),
                            tokens,
                            options.customers(),
                            options.tickets(),
                            options.perBooking())
                    .make();
            System.out.println(made.notes());
            report.fixtures(made.notes());
            Buyers buyers = new Buyers(base, made.customers());

            // 1. the tickets, through the booking path
            int bookings = options.tickets() / options.perBooking();
            System.out.printf(
                    "%nbooking %,d tickets: %,d bookings of %d, held and paid by card on %d clients%n",
                    options.tickets(), bookings, options.perBooking(), options.buyers());
            Cpu.Sample before = cpu.sample();
            ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
            long[] last = {0};
            progress.scheduleAtFixedRate(
                    () -> {
                        long now = buyers.confirmations();
                        System.out.printf(
                                "  %,d bookings, %.1f/s in the last %d s%n",
                                now, (now - last[0]) / (double) PROGRESS_SECONDS, PROGRESS_SECONDS);
                        last[0] = now;
                    },
                    PROGRESS_SECONDS,
                    PROGRESS_SECONDS,
                    TimeUnit.SECONDS);
            Buyers.Bought bought;
            try {
                bought = buyers.buy(made.gate(), bookings, options.buyers(), Duration.ofMinutes(30), 1);
            } finally {
                progress.shutdownNow();
            }
            Cpu.Sample buyingCpu = cpu.sample().minus(before);
            System.out.println("  " + Report.bought(bought, options.perBooking(), buyingCpu));
            if (bought.bookings().size() != bookings) {
                throw new IllegalStateException("made " + bought.bookings().size() + " of " + bookings
                        + " bookings; other answers: " + bought.step().others());
            }
            List<Ticket> tickets = tickets(database, made.gate().eventId());
            if (tickets.size() != options.tickets()) {
                throw new IllegalStateException(
                        "the gate event has " + tickets.size() + " tickets, not " + options.tickets());
            }
            // their confirmations (a PDF of every ticket each) go out while the tickets are booked and
            // for --drain seconds after; the rest would compete with every step below for the cores
            mailbox.await(bookings, Duration.ofSeconds(options.drain()));
            long delivered = mailbox.received();
            double deliveredSeconds =
                    delivered == 0 ? Double.NaN : (mailbox.arrival(delivered) - bought.firstConfirmedNanos()) / 1e9;
            Report.Backlog backlog = new Report.Backlog(
                    bookings,
                    delivered,
                    deliveredSeconds,
                    (double) mailbox.bytes() / Math.max(1, delivered),
                    mailbox.pdfs());
            System.out.println("  " + backlog.line());
            report.making(bought, buyingCpu, tickets.size(), backlog);
            if (delivered < bookings) {
                System.out.println(
                        "  restarting the platform: its broker's journal, and the mails queued there, dropped");
                platform = harness.restartPlatform(platform, database, options.port(), environment);
                cpu = new Cpu(platform.serverPid(), postmaster);
            }
            long confirmed = mailbox.received();

            // 2. the PDFs, before the gates: as customers download them, before the event
            Map<Long, String> tokensById = new HashMap<>();
            made.customers().forEach(customer -> tokensById.put(customer.id(), customer.token()));
            List<Downloads.Document> ticketPdfs = tickets.stream()
                    .map(ticket -> new Downloads.Document(
                            "/api/v1/tickets/" + ticket.id() + ".pdf", tokensById.get(ticket.accountId())))
                    .toList();
            Map<Long, Long> owners = new LinkedHashMap<>();
            tickets.forEach(ticket -> owners.put(ticket.bookingId(), ticket.accountId()));
            List<Downloads.Document> bookingPdfs = owners.entrySet().stream()
                    .map(entry -> new Downloads.Document(
                            "/api/v1/bookings/" + entry.getKey() + "/tickets.pdf", tokensById.get(entry.getValue())))
                    .toList();
            Downloads downloads = new Downloads(base);
            System.out.printf("%nPDFs: warm-up (%d s each, %d clients)%n", options.warmup(), WARMUP_CLIENTS);
            downloads.download(ticketPdfs, WARMUP_CLIENTS, Duration.ofSeconds(options.warmup()), 2);
            downloads.download(bookingPdfs, WARMUP_CLIENTS, Duration.ofSeconds(options.warmup()), 3);
            long seed = 10;
            for (int clients : options.pdfClients()) {
                for (boolean whole : new boolean[] {false, true}) {
                    String what = whole
                            ? "GET /api/v1/bookings/{id}/tickets.pdf (" + options.perBooking() + " tickets)"
                            : "GET /api/v1/tickets/{id}.pdf";
                    before = cpu.sample();
                    Loop.Step step = downloads.download(
                            whole ? bookingPdfs : ticketPdfs, clients, Duration.ofSeconds(options.seconds()), seed++);
                    Report.Measured measured =
                            new Report.Measured(what, step, cpu.sample().minus(before), null);
                    report.pdf(measured);
                    System.out.println("  " + measured.pdfLine());
                }
            }

            // 3. the gates
            List<String> deck =
                    new ArrayList<>(tickets.stream().map(Ticket::code).toList());
            Collections.shuffle(deck, new Random(42));
            Gates gates = new Gates(base, made.organizerToken(), deck, options.repeatPercent() / 100);
            System.out.printf(
                    "%ncheck-ins: warm-up (%d s, %d gates), then %s gates, %.1f %% repeated scans%n",
                    options.warmup(), WARMUP_CLIENTS, options.gates(), options.repeatPercent());
            Loop.Step warmup = gates.scan(WARMUP_CLIENTS, Duration.ofSeconds(options.warmup()), 20);
            System.out.printf(
                    "  warm-up: %,d admitted, other answers: %s%n", warmup.count(Gates.ADMITTED), warmup.others());
            report.gateWarmup(warmup);
            seed = 30;
            for (int count : options.gates()) {
                database.resetStatements();
                before = cpu.sample();
                Loop.Step step = gates.scan(count, Duration.ofSeconds(options.seconds()), seed++);
                Cpu.Sample used = cpu.sample().minus(before);
                Report.Measured measured =
                        new Report.Measured(count + " gates", step, used, database.statements(Database.Order.CALLS));
                report.gates(measured);
                System.out.println("  " + measured.gateLine());
                if (gates.drawn() >= gates.tickets()) {
                    System.out.println("  every ticket scanned: no more steps");
                    break;
                }
            }
            Admissions.Check check =
                    new Admissions(database).check(made.gate().eventId(), gates.oks(), deck.subList(0, gates.drawn()));
            report.admissions(check, gates.drawn(), gates.tickets());
            System.out.println("  admissions: " + check.summary());

            // 4. confirmation mails
            long mailsBefore = mailbox.received();
            long bytesBefore = mailbox.bytes();
            long pdfsBefore = mailbox.pdfs();
            long othersBefore = mailbox.others();
            System.out.printf(
                    "%nconfirmation mails: %,d bookings of %d on %d clients%n",
                    options.mails(), Fixtures.MAIL_EVENT_PLACES, options.buyers());
            before = cpu.sample();
            Buyers.Bought mailed =
                    buyers.buy(made.mail(), options.mails(), options.buyers(), Duration.ofMinutes(10), 40);
            confirmed += mailed.bookings().size();
            boolean all = mailbox.await(mailsBefore + mailed.bookings().size(), Duration.ofSeconds(options.mailWait()));
            Cpu.Sample mailCpu = cpu.sample().minus(before);
            long arrived = mailbox.received() - mailsBefore;
            double mailSeconds = arrived == 0
                    ? Double.NaN
                    : (mailbox.arrival(mailsBefore + arrived) - mailed.firstConfirmedNanos()) / 1e9;
            Report.Mails mails = new Report.Mails(
                    mailed,
                    arrived,
                    all,
                    mailSeconds,
                    (mailbox.bytes() - bytesBefore) / Math.max(1.0, arrived),
                    mailbox.pdfs() - pdfsBefore,
                    mailbox.others() - othersBefore,
                    mailCpu);
            report.mails(mails);
            System.out.println("  " + mails.line());

            // 5. bookings while the mail server is down, then up: each from an empty queue as far as
            // the waits allow (the mail step's mails first, then the outage's late ones)
            awaitMails(mailbox, confirmed);
            System.out.printf(
                    "%nholds and payments for %d s with the mail server down, then %d s with it up%n",
                    options.seconds(), options.seconds());
            long receivedBeforeDown = mailbox.received();
            mailbox.down();
            before = cpu.sample();
            Buyers.Bought down = buyers.buy(
                    made.mail(), Integer.MAX_VALUE, options.buyers(), Duration.ofSeconds(options.seconds()), 50);
            Cpu.Sample downCpu = cpu.sample().minus(before);
            System.out.println("  down: " + Report.bought(down, Fixtures.MAIL_EVENT_PLACES, downCpu));
            long upAgain = System.nanoTime();
            mailbox.up();
            boolean caughtUp =
                    mailbox.await(receivedBeforeDown + down.bookings().size(), Duration.ofSeconds(options.mailWait()));
            long late = mailbox.received() - receivedBeforeDown;
            double lateSeconds = late == 0 ? Double.NaN : (mailbox.arrival(mailbox.received()) - upAgain) / 1e9;
            String deadLetters = deadLetters(new Api(base), made.adminToken());
            before = cpu.sample();
            Buyers.Bought up = buyers.buy(
                    made.mail(), Integer.MAX_VALUE, options.buyers(), Duration.ofSeconds(options.seconds()), 60);
            Cpu.Sample upCpu = cpu.sample().minus(before);
            System.out.println("  up:   " + Report.bought(up, Fixtures.MAIL_EVENT_PLACES, upCpu));
            Report.Outage outage =
                    new Report.Outage(up, upCpu, down, downCpu, late, caughtUp, lateSeconds, deadLetters);
            report.outage(outage);
            System.out.println("  " + outage.line());

            report.total((System.nanoTime() - started) / 1e9);
            Path results = target.resolve("results.md");
            Files.writeString(results, report.document());
            System.out.println();
            System.out.println("written: " + results);
            System.out.println();
            System.out.println(report.document());
            return check.clean() ? 0 : 3;
        }
    }

    /** Waits until {@code count} mails arrived in all, at most {@code --mail-wait} seconds; says so if they did not. */
    private void awaitMails(Mailbox mailbox, long count) throws InterruptedException {
        if (!mailbox.await(count, Duration.ofSeconds(options.mailWait()))) {
            System.out.printf(
                    "  only %,d of %,d mails arrived within %d s: going on%n",
                    mailbox.received(), count, options.mailWait());
        }
    }

    /**
     * How many messages the platform's broker gave up on, as its admins read them: the {@code total}
     * of a page of {@code GET /api/v1/admin/dead-letters}, or why that could not be read.
     */
    private static String deadLetters(Api api, String adminToken) throws IOException, InterruptedException {
        Api.Answer answer = api.get("/api/v1/admin/dead-letters?size=1", adminToken);
        Matcher total = TOTAL.matcher(answer.body());
        if (answer.status() != 200 || !total.find()) {
            return "not readable (GET /api/v1/admin/dead-letters answered " + answer.status() + ")";
        }
        // the queue is counted up to a limit: past it, the total is "at least"
        return total.group(1) + (answer.body().contains("\"totalExact\":false") ? " or more" : "");
    }

    private static List<Ticket> tickets(Database database, long eventId) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (Connection c = database.superuser();
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("select t.id, t.code, t.booking_id, b.account_id from ticket t"
                        + " join booking b on b.id = t.booking_id where t.event_id = " + eventId
                        + " and t.status = 'VALID' order by t.id")) {
            while (rows.next()) {
                tickets.add(new Ticket(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return tickets;
    }
}
