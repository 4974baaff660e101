package org.boxoffice.bench.booking;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL 14 that the platform and pgbench both run on, started from Maven
 * artifacts as the integration tests start it, with a database and a login of the platform's own
 * ({@code boxoffice}, random password). pgbench logs in as the platform does, over TCP, so that both
 * sides of a comparison pay the same connection, the same tables and the same server.
 * {@code pg_stat_statements} counts the statements per hold of either side.
 */
final class Database implements AutoCloseable {

    static final String NAME = "boxoffice";
    static final String USER = "boxoffice";

    /**
     * Settings of a small dedicated server rather than initdb's (128 MB of shared buffers). The
     * embedded server runs with fsync and synchronous_commit off: commits do not wait for the disk,
     * on both sides of the comparison alike. Room for the platform's pool of 32, pgbench's 64
     * clients and the bench's own connections.
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
        SETTINGS.put("max_connections", "200");
        SETTINGS.put("shared_preload_libraries", "pg_stat_statements");
        SETTINGS.put("pg_stat_statements.max", "1000");
        SETTINGS.put("logging_collector", "on");
        SETTINGS.put("log_filename", "postgresql.log");
    }

    private final EmbeddedPostgres postgres;
    private final String password;

    private Database(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    static Database start(Path directory) throws IOException, SQLException {
        Path data = directory.resolve("postgres");
        Files.createDirectories(directory);
        Path log = directory.resolve("postgres-log").toAbsolutePath();
        Files.createDirectories(log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofMinutes(2));
        SETTINGS.forEach(builder::setServerConfig);
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
        Database database = new Database(postgres, password);
        try (Connection connection = database.superuser();
                Statement statement = connection.createStatement()) {
            // in a schema of its own: Flyway refuses to migrate a non-empty public schema
            statement.execute("create schema bench");
            statement.execute("create extension pg_stat_statements schema bench");
            statement.execute("grant usage on schema bench to " + USER);
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

    /** A connection to the platform's database as the superuser. */
    Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", NAME).getConnection();
    }

    /** The settings that shape the figures, as the server reports them. */
    Map<String, String> settings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            for (String name : List.of(
                    "server_version",
                    "shared_buffers",
                    "max_connections",
                    "fsync",
                    "synchronous_commit",
                    "full_page_writes",
                    "default_transaction_isolation")) {
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

    /** Transaction control and session settings: round trips, but no work on the tables. */
    private static final Pattern UTILITY = Pattern.compile(
            "(?is)\\s*(begin|start transaction|commit|end|rollback|set|show|savepoint|release|deallocate|discard)\\b.*");

    /** What one statement of the platform's login cost since the last reset. */
    record StatementCost(String query, long calls, double totalMillis) {

        boolean utility() {
            return UTILITY.matcher(query).matches();
        }
    }

    /** What the platform's login ran since the last reset (pgbench logs in as it), most calls first. */
    List<StatementCost> statements() throws SQLException {
        List<StatementCost> costs = new ArrayList<>();
        try (Connection connection = superuser();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select query, calls, total_exec_time from bench.pg_stat_statements"
                                + " where userid = '" + USER + "'::regrole"
                                + " and dbid = (select oid from pg_database where datname = '" + NAME + "')"
                                + " order by calls desc, total_exec_time desc")) {
            while (rows.next()) {
                costs.add(new StatementCost(
                        rows.getString(1).replaceAll("\\s+", " "), rows.getLong(2), rows.getDouble(3)));
            }
        }
        return costs;
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
