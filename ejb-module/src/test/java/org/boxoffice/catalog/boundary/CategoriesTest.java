package org.boxoffice.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A slug taken at the same moment is recognised by the database's unique violation. */
class CategoriesTest {

    @Test
    void recognisesAUniqueViolationDeepInTheCauses() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException wrapped = new PersistenceException("jpa", new RuntimeException("eclipselink", duplicate));

        assertThat(Categories.isUniqueViolation(duplicate)).isTrue();
        assertThat(Categories.isUniqueViolation(wrapped)).isTrue();
    }

    @Test
    void otherFailuresAreNotUniqueViolations() {
        SQLException foreignKey = new SQLException("violates foreign key constraint", "23503");

        assertThat(Categories.isUniqueViolation(new PersistenceException("jpa", foreignKey)))
                .isFalse();
        assertThat(Categories.isUniqueViolation(new PersistenceException("no cause")))
                .isFalse();
        assertThat(Categories.isUniqueViolation(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Categories.isUniqueViolation(second)).isFalse();
    }
}
