package org.boxoffice.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bounded wait for row locks. EclipseLink ignores the {@code jakarta.persistence.lock.timeout}
 * hint (but for 0, which means NOWAIT), so the wait is set on the database session instead: {@code
 * SET LOCAL lock_timeout} on PostgreSQL, for the current transaction only, and {@code SET
 * LOCK_TIMEOUT} on H2.
 */
@ApplicationScoped
public class LockTimeouts {

    /** PostgreSQL's lock_not_available, raised when lock_timeout expires. */
    static final String POSTGRESQL_LOCK_NOT_AVAILABLE = "55P03";

    /** H2's lock timeout (error 50200). */
    static final String H2_LOCK_TIMEOUT = "HYT00";

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "boxoffice.inventory.lock-timeout-ms", defaultValue = "2000")
    int timeoutMillis;

    /** Bounds the wait for the row locks that the current transaction takes from now on. */
    public void bound(EntityManager em) {
        String setting =
                switch (database.product()) {
                    case POSTGRESQL -> "set local lock_timeout = " + timeoutMillis;
                    case H2 -> "set lock_timeout " + timeoutMillis;
                    default -> null; // other databases keep their own default wait
                };
        if (setting == null) {
            return;
        }
        // straight on the transaction's connection: a native query would first flush the
        // persistence context and go through the query machinery, for a statement that reads and
        // writes nothing (a twentieth of a booking hold's processor time)
        Connection connection = em.unwrap(Connection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute(setting);
        } catch (SQLException e) {
            throw new PersistenceException("could not bound the wait for row locks", e);
        }
    }

    /**
     * Runs work that locks rows with the bounded wait (set first, for this transaction); a wait that
     * runs out, whatever layer wrapped it, becomes the caller's "busy" exception.
     */
    public <T> T bounded(
            EntityManager em, Supplier<T> locking, Function<PersistenceException, ? extends RuntimeException> busy) {
        bound(em);
        try {
            return locking.get();
        } catch (PersistenceException e) {
            if (isLockTimeout(e)) {
                throw busy.apply(e);
            }
            throw e;
        }
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    /** Whether a persistence failure is a lock wait that ran out, whatever layer wrapped it. */
    public static boolean isLockTimeout(Throwable failure) {
        return Database.causedBy(
                failure,
                cause -> cause instanceof LockTimeoutException
                        || cause instanceof PessimisticLockException
                        || (cause instanceof SQLException sql
                                && (POSTGRESQL_LOCK_NOT_AVAILABLE.equals(sql.getSQLState())
                                        || H2_LOCK_TIMEOUT.equals(sql.getSQLState()))));
    }
}
