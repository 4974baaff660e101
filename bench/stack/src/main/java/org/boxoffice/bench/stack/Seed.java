package org.boxoffice.bench.stack;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The data source (H2 as the platform's embedded default, a file under the working directory,
 * the driver from Payara Micro) and the 8 rows, written at start when missing.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/stack",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:file:./db/stack;MODE=PostgreSQL;WRITE_DELAY=0",
        user = "stack",
        password = "stack",
        initialPoolSize = 4,
        minPoolSize = 4,
        maxPoolSize = 32)
@Singleton
@Startup
public class Seed {

    private static final String[] NAMES = {
        "Comedy", "Concerts", "Dance", "Exhibitions", "Family", "Festivals", "Sports", "Theatre"
    };

    @EJB
    Rows rows;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (rows.count() == 0) {
            for (int i = 0; i < NAMES.length; i++) {
                rows.add(new Row(i + 1, NAMES[i], NAMES[i].toLowerCase()));
            }
        }
    }
}
