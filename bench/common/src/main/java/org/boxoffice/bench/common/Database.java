package org.boxoffice.bench.common;

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
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL 14 the platform runs on, started from Maven artifacts as the integration
 * tests start it, with a database and a login of the platform's own ({@code boxoffice}, random
 * password). {@code pg_stat_statements} counts what the platform's login ran, and with {@code
 * auto_explain} among the server's libraries {@link #startPlanLog} writes the plans of the
 * statements it runs to the server log: EXPLAIN (ANALYZE, BUFFERS) of the very statements and
 * parameters the platform sent. Tools that log in as the platform does (pgbench) are counted alike.
 */
public final class Database implements AutoCloseable {

    public static final String NAME = "boxoffice";
    public static final String USER = "boxoffice";

    /**
     * For {@link #settings}: whether the server can compile with LLVM at all, not a setting of its
     * own (the embedded binaries are built without LLVM: jit=on changes nothing).
     */
    public static final String JIT_AVAILABLE = "jit_available";

    /**
     * Settings of a small dedicated server rather than initdb's (128 MB of shared buffers): what a
     * bench reads is then read from memory, as a production database's working set would be. The
     * embedded server also runs with fsync and synchronous_commit off: commits do not wait for the
     * disk, which only writes feel. Each bench adds its own in {@link #start}.
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
        // statements() reads it
        SETTINGS.put("shared_preload_libraries", "pg_stat_statements");
        SETTINGS.put("logging_collector", "on");
        SETTINGS.put("log_filename", "postgresql.log");
    }

    /** Transaction control and session settings: round trips, but no work on the tables. */
    private static final Pattern UTILITY = Pattern.compile(
            "(?is)\\s*(begin|start transaction|commit|end|rollback|set|show|savepoint|release|deallocate|discard)\\b.*");

    private final EmbeddedPostgres postgres;
    private final String password;
    private final Path log;

    private Database(EmbeddedPostgres postgres, String password, Path log) {
        this.postgres = postgres;
        this.password = password;
        this.log = log;
    }

    /**
     * Starts the server in {@code directory/postgres}, its log in {@code directory/postgres-log},
     * with the common settings and the bench's own {@code settings} over them (such as {@code
     * max_connections}; a {@code shared_preload_libraries} of its own keeps {@code
     * pg_stat_statements}).
     */
    public static Database start(Path directory, Map<String, String> settings) throws IOException, SQLException {
        Path data = directory.resolve("postgres");
        Files.createDirectories(directory);
        Path log = directory.resolve("postgres-log").toAbsolutePath();
        Files.createDirectories(log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofMinutes(2));
        Map<String, String> all = new LinkedHashMap<>(SETTINGS);
        // in a fixed order, so that the server's command line is the same from run to run
        all.putAll(new TreeMap<>(settings));
        all.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        String password = randomPassword();
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
            // for pgbench, which logs in as the platform and reads the tables a bench puts there
            statement.execute("grant usage on schema bench to " + USER);
        }
        return database;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + NAME;
    }

    public String password() {
        return password;
    }

    /** A connection to the platform's database as the superuser, who may load data past the triggers. */
    public Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", NAME).getConnection();
    }

    /**
     * The settings that shape a bench's figures, as the server reports them, in the order named: each
     * as SHOW gives it, and {@link #JIT_AVAILABLE} as pg_jit_available() answers.
     */
    public Map<String, String> settings(List<String> names) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                String query = name.equals(JIT_AVAILABLE) ? "select pg_jit_available()" : "show " + name;
                try (ResultSet value = statement.executeQuery(query)) {
                    value.next();
                    settings.put(name, value.getString(1));
                }
            }
        }
        return settings;
    }

    /** Forgets what pg_stat_statements counted so far. */
    public void resetStatements() throws SQLException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("select bench.pg_stat_statements_reset()");
        }
    }

    /** The order of {@link #statements}. */
    public enum Order {
        /** Most calls first, then most time: what a request or a hold sends. */
        CALLS("calls desc, total_plan_time + total_exec_time desc"),
        /** Most time first: where a request's time goes. */
        TIME("total_plan_time + total_exec_time desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /**
     * What the platform's login ran since the last reset, in the given order. The time is planning
     * and execution; planning counts only where the bench set pg_stat_statements.track_planning,
     * otherwise it is 0 and the time is execution alone.
     */
    public List<StatementCost> statements(Order order) throws SQLException {
        List<StatementCost> costs = new ArrayList<>();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select query, calls, total_plan_time + total_exec_time, rows"
                        + " from bench.pg_stat_statements"
                        + " where userid = '" + USER + "'::regrole"
                        + " and dbid = (select oid from pg_database where datname = '" + NAME + "')"
                        + " order by " + order.sql)) {
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

    /** What one statement of the platform's login cost since the last reset. */
    public record StatementCost(String query, long calls, double totalMillis, long rows) {

        /** Transaction control or a session setting, not work on the tables. */
        public boolean utility() {
            return UTILITY.matcher(query).matches();
        }
    }

    /**
     * From now on every statement that takes at least {@code minMillis} is logged with its duration
     * and parameters, and its plan as EXPLAIN (ANALYZE, BUFFERS) shows it; needs {@code auto_explain}
     * among the server's {@code shared_preload_libraries}. Returns where the log stands, for {@link
     * #stopPlanLog}.
     */
    public long startPlanLog(int minMillis) throws SQLException, IOException {
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
        Threads.sleep(500);
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** Stops logging and returns what was logged since {@code from}. */
    public String stopPlanLog(long from) throws SQLException, IOException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("alter system reset log_min_duration_statement");
            statement.execute("alter system reset auto_explain.log_min_duration");
            statement.execute("alter system reset auto_explain.log_analyze");
            statement.execute("alter system reset auto_explain.log_buffers");
            statement.execute("alter system reset auto_explain.log_timing");
            statement.execute("select pg_reload_conf()");
        }
        Threads.sleep(500);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) Math.max(0, length - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The server's log file. */
    public Path log() {
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
}
