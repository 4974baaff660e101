package org.boxoffice.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.boxoffice.platform.boundary.SchemaMigration;

/** Which database this is, for the few statements that differ between H2 and PostgreSQL. */
@ApplicationScoped
public class Database {

    public enum Product {
        POSTGRESQL,
        H2,
        OTHER
    }

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    private volatile Product product;

    public Product product() {
        Product known = product;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = productOf(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("the database cannot be reached", e);
            }
            product = known;
        }
        return known;
    }

    /** The embedded development database: demo data may be loaded here, never elsewhere. */
    public boolean isEmbedded() {
        return product() == Product.H2;
    }

    /** SQLSTATE of a unique constraint violated, on PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Whether a persistence failure is a unique key violated, whatever layer wrapped it. */
    public static boolean isUniqueViolation(Throwable failure) {
        return causedBy(
                failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /** Whether the failure or one of its causes, however deep the layers wrapped it, is such. */
    public static boolean causedBy(Throwable failure, Predicate<Throwable> such) {
        // bounded: a cause chain that loops back on itself must not hang the caller
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (such.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The product a JDBC driver names ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public static Product productOf(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("postgresql")) {
            return Product.POSTGRESQL;
        }
        if (name.equals("h2")) {
            return Product.H2;
        }
        return Product.OTHER;
    }
}
