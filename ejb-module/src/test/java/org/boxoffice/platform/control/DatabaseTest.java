package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.boxoffice.platform.control.Database.Product;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void recognisesPostgresql() {
        assertThat(Database.productOf("PostgreSQL")).isEqualTo(Product.POSTGRESQL);
        assertThat(Database.productOf("postgresql")).isEqualTo(Product.POSTGRESQL);
    }

    @Test
    void recognisesH2() {
        assertThat(Database.productOf("H2")).isEqualTo(Product.H2);
        assertThat(Database.productOf("h2")).isEqualTo(Product.H2);
    }

    @Test
    void anythingElseIsOther() {
        assertThat(Database.productOf("MySQL")).isEqualTo(Product.OTHER);
        assertThat(Database.productOf("Oracle")).isEqualTo(Product.OTHER);
        assertThat(Database.productOf("H2O")).isEqualTo(Product.OTHER);
        assertThat(Database.productOf("")).isEqualTo(Product.OTHER);
        assertThat(Database.productOf(null)).isEqualTo(Product.OTHER);
    }

    @Test
    void findsAUniqueViolationUnderTheLayersThatWrapIt() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(Database.isUniqueViolation(duplicate)).isTrue();
        assertThat(Database.isUniqueViolation(
                        new IllegalStateException("ejb", new PersistenceException("jpa", duplicate))))
                .isTrue();
        assertThat(Database.isUniqueViolation(new SQLException("lock timeout", "55P03")))
                .isFalse();
        assertThat(Database.isUniqueViolation(new PersistenceException(new SQLException("no state"))))
                .isFalse();
        assertThat(Database.isUniqueViolation(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Database.causedBy(first, cause -> cause instanceof SQLException))
                .isFalse();
    }
}
