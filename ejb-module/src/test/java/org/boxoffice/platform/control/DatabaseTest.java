package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

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
}
