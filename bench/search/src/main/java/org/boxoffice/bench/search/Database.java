package org.boxoffice.bench.search;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded PostgreSQL 14 the platform runs on, started from Maven artifacts as the integration
 * tests start it, with a database and a login of the platform's own ({@code boxoffice}, random
 * password). {@code pg_stat_statements} counts what the platform's requests cost in SQL, and {@code
 * auto_explain}, off until {@link #startPlanLog}, writes the plans of the statements it runs to the
 * server log: EXPLAIN (ANALYZE, BUFFERS) of the very statements and parameters the platform sent.
 */
final class Database implements AutoCloseable {

    static final String NAME = "boxoffice";
    static final String USER = "boxoffice";

    /**
     * Settings of a small dedicated server rather than initdb's (128 MB of shared buffers): the
     * catalog, about 2 GB, is then read from memory, as a production database of this size would be.
     * The embedded server also runs with fsync and synchronous_commit off, which only writes feel.
     */
    private static final Map<String, String> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("shared_buffers", "1GB");
        SETTINGS.put("effective_cache_size", "8GB");
        SETTINGS.put("work_mem", "16MB");
        SETTINGS.put("maintenance_work_mem", "512MB");
        SETTINGS.put("random_page_cost", "1.1");
        SETTINGS.put("max_wal_size", "8GB");
        SETTINGS.put("checkpoint_timeout", "30min");
        SETTINGS.put("max_connections", "100");
        SETTINGS.put("track_io_timing", "on");
        SETTINGS.put("shared_preload_libraries", "pg_stat_statements,auto_explain");
        SETTINGS.put("pg_stat_statements.track_planning", "on");
        SETTINGS.put("logging_collector", "on");
        SETTINGS.put("log_filename", "postgresql.log");
    }

    private final EmbeddedPostgres postgres;
    private final String password;
    private final Path log;

    private Database(EmbeddedPostgres postgres, String password, Path log) {
        this.postgres = postgres;
        this.password = password;
        this.log = log;
    }

    static Database start(Path directory) throws IOException, SQLException {
        Path data = directory.resolve("postgres");
        Files.createDirectories(directory);
        Files.createDirectories(directory.resolve("postgres-log"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofMinutes(2));
        SETTINGS.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        String password = randomPassword();
        Path log = directory.resolve("postgres-log").toAbsolutePath();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // the log outside the data directory, which is deleted when the server stops; set here,
            // not on the command line, whose options the embedded server splits at spaces
            statement.execute("alter system set log_directory = '" + log + "'");
            statement.execute("alter system set log_line_prefix = '%m [%p] %u '");
            statement.execute("select pg_reload_conf()");
            // letters and digits only: the platform passes it through an asadmin command
            statement.execute("create role " + USER + " login password '" + password + "'");
            statement.execute("create database " + NAME + " owner " + USER);
        }
        Database database = new Database(postgres, password, log.resolve("postgresql.log"));
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            // in a schema of its own: Flyway refuses to migrate a non-empty public schema
            statement.execute("create schema bench");
            statement.execute("create extension pg_stat_statements schema bench");
        }
        return database;
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + NAME;
    }

    String password() {
        return password;
    }

    /** A connection to the platform's database as the superuser, who may load data past the triggers. */
    Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", NAME).getConnection();
    }

    /** The settings that shape query plans and times, as the server reports them. */
    Map<String, String> settings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery("select current_setting('server_version')")) {
                version.next();
                settings.put("server_version", version.getString(1));
            }
            // the embedded binaries are built without LLVM: jit=on changes nothing
            try (ResultSet jit = statement.executeQuery("select pg_jit_available()")) {
                jit.next();
                settings.put("jit_available", jit.getString(1));
            }
            for (String name : List.of(
                    "shared_buffers",
                    "effective_cache_size",
                    "work_mem",
                    "random_page_cost",
                    "max_parallel_workers_per_gather",
                    "fsync",
                    "synchronous_commit")) {
                try (ResultSet value = statement.executeQuery("show " + name)) {
                    value.next();
                    settings.put(name, value.getString(1));
                }
            }
        }
        return settings;
    }

    /** Forgets what pg_stat_statements counted so far. */
    void resetStatements() throws SQLException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("select bench.pg_stat_statements_reset()");
        }
    }

    /** What the platform's login ran since the last reset (planning and execution), most expensive first. */
    List<StatementCost> statements() throws SQLException {
        List<StatementCost> costs = new ArrayList<>();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select query, calls, total_plan_time + total_exec_time, rows"
                        + " from bench.pg_stat_statements"
                        + " where userid = '" + USER + "'::regrole"
                        + " and dbid = (select oid from pg_database where datname = '" + NAME + "')"
                        + " order by total_plan_time + total_exec_time desc")) {
            while (rows.next()) {
                costs.add(new StatementCost(
                        rows.getString(1).replaceAll("\\s+", " "),
                        rows.getLong(2),
                        rows.getDouble(3),
                        rows.getLong(4)));
            }
        }
        return costs;
    }

    record StatementCost(String query, long calls, double totalMillis, long rows) {}

    /**
     * From now on every statement that takes at least {@code minMillis} is logged with its duration
     * and parameters, and its plan as EXPLAIN (ANALYZE, BUFFERS) shows it. Returns where the log
     * stands, for {@link #stopPlanLog}.
     */
    long startPlanLog(int minMillis) throws SQLException, IOException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("alter system set log_min_duration_statement = " + minMillis);
            statement.execute("alter system set auto_explain.log_min_duration = " + minMillis);
            statement.execute("alter system set auto_explain.log_analyze = on");
            statement.execute("alter system set auto_explain.log_buffers = on");
            statement.execute("alter system set auto_explain.log_timing = on");
            statement.execute("select pg_reload_conf()");
        }
        // the platform's pooled connections read the new settings at their next statement
        sleep(500);
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** Stops logging and returns what was logged since {@code from}. */
    String stopPlanLog(long from) throws SQLException, IOException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("alter system reset log_min_duration_statement");
            statement.execute("alter system reset auto_explain.log_min_duration");
            statement.execute("alter system reset auto_explain.log_analyze");
            statement.execute("alter system reset auto_explain.log_buffers");
            statement.execute("alter system reset auto_explain.log_timing");
            statement.execute("select pg_reload_conf()");
        }
        sleep(500);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) Math.max(0, length - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static String randomPassword() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(letters.charAt(random.nextInt(letters.length())));
        }
        return password.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
