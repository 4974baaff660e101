package org.boxoffice.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real PostgreSQL for the whole integration-test run, started from Maven artifacts before the
 * first test and stopped after the last. It listens on the port that the build reserved
 * ({@code boxoffice.it.pg.port}), because the Payara Micro instances that Arquillian starts read
 * their database URL from environment variables fixed before the tests begin. Unit-test runs, which
 * have no such port, start nothing.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("boxoffice.it.pg.port");
        if (port == null || port.isBlank() || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(port))
                    .setDataDirectory(ItSettings.directory().resolve("postgres"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Platform.stopIfStarted();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    public static boolean isRunning() {
        return postgres != null;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("boxoffice.it.pg.port"));
    }

    public static DataSource dataSource() {
        if (postgres == null) {
            throw new IllegalStateException("the embedded PostgreSQL runs in the failsafe test run only");
        }
        return postgres.getPostgresDatabase();
    }

    public static Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    static Path directory() {
        return ItSettings.directory().resolve("postgres");
    }
}
