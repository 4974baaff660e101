package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class LockTimeoutsTest {

    @Test
    void recognisesPostgresqlLockNotAvailable() {
        SQLException postgres = new SQLException("canceling statement due to lock timeout", "55P03");

        assertThat(LockTimeouts.isLockTimeout(postgres)).isTrue();
    }

    @Test
    void recognisesH2LockTimeout() {
        SQLException h2 = new SQLException("Timeout trying to lock table", "HYT00", 50200);

        assertThat(LockTimeouts.isLockTimeout(h2)).isTrue();
    }

    @Test
    void findsTheSqlStateDeepInTheCauses() {
        SQLException sql = new SQLException("lock timeout", "55P03");
        RuntimeException wrapped =
                new IllegalStateException("ejb", new PersistenceException("jpa", new RuntimeException("driver", sql)));

        assertThat(LockTimeouts.isLockTimeout(wrapped)).isTrue();
    }

    @Test
    void recognisesTheJpaLockExceptions() {
        assertThat(LockTimeouts.isLockTimeout(new LockTimeoutException("timed out")))
                .isTrue();
        assertThat(LockTimeouts.isLockTimeout(new PessimisticLockException("locked")))
                .isTrue();
        assertThat(LockTimeouts.isLockTimeout(new RuntimeException(new PessimisticLockException("locked"))))
                .isTrue();
    }

    @Test
    void rejectsOtherSqlStates() {
        assertThat(LockTimeouts.isLockTimeout(new SQLException("unique violation", "23505")))
                .isFalse();
        assertThat(LockTimeouts.isLockTimeout(new SQLTransactionRollbackException("deadlock detected", "40P01")))
                .isFalse();
        assertThat(LockTimeouts.isLockTimeout(new PersistenceException(new SQLException("no state"))))
                .isFalse();
    }

    @Test
    void rejectsFailuresWithoutAnyLockCause() {
        assertThat(LockTimeouts.isLockTimeout(new PersistenceException("constraint", new IllegalStateException())))
                .isFalse();
        assertThat(LockTimeouts.isLockTimeout(new RuntimeException())).isFalse();
        assertThat(LockTimeouts.isLockTimeout(null)).isFalse();
    }
}
