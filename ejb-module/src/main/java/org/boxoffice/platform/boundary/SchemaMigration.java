package org.boxoffice.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.boxoffice.platform.control.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs: Flyway applies the migrations in
 * {@code db/migration} on H2 and PostgreSQL alike, and those of the database's own folder
 * too ({@code db/vendor/postgresql} or {@code db/vendor/h2}). A failed migration fails the deployment, which
 * the launcher reports, rather than leaving a half-working application behind.
 *
 * <p>Bean-managed: Flyway commits each migration itself and must not run inside a JTA transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    /** The application's database: a server resource, created by the post-boot commands. */
    public static final String DATA_SOURCE = "jdbc/boxoffice";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        switch (product()) {
            case POSTGRESQL -> locations.add("classpath:db/vendor/postgresql");
            case H2 -> locations.add("classpath:db/vendor/h2");
            default -> {
                // another database gets the common migrations only
            }
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    /**
     * Which database this is: PostgreSQL's own migrations (indexes and full-text search H2 lacks) come
     * from {@code db/vendor/postgresql}, H2's counterparts from {@code db/vendor/h2}; a vendor
     * migration's version is never used by a common one.
     */
    private Database.Product product() {
        try (Connection connection = dataSource.getConnection()) {
            return Database.productOf(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
