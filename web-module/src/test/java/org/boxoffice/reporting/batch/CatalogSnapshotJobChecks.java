package org.boxoffice.reporting.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.reporting.boundary.Reports;

/**
 * The Jakarta Batch tracer, in the container: the catalog snapshot job runs to COMPLETED, writes
 * its CSV, and its job repository is the application's own database.
 *
 * <p>Run by {@link org.boxoffice.incontainer.InContainerIT}, in the one deployment of all the
 * in-container checks.
 */
@Dependent
public class CatalogSnapshotJobChecks {

    @Inject
    Fixtures fixtures;

    @Inject
    Reports reports;

    public void theJobCompletesWritesEveryUpcomingEventAndKeepsItsRepositoryInTheApplicationsDatabase()
            throws Exception {
        Fixtures.GaEvent event = fixtures.publishedGeneralAdmission(25);

        long execution = reports.startCatalogSnapshot();
        Reports.Run ended = awaitEnd(execution);

        assertThat(ended.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ended.job()).isEqualTo(Reports.CATALOG_SNAPSHOT);
        List<String> lines = Files.readAllLines(ended.file());
        assertThat(lines.get(0)).isEqualTo(EventRow.HEADER);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith(event.eventId() + "," + event.title() + ",")
                .endsWith(",Europe/Vienna,25"));
        // Payara names its job repository tables with a "jbatch" prefix
        assertThat(fixtures.count("select count(*) from jbatchexecutioninstancedata where jobexecid = ?1", execution))
                .as("the execution is recorded in the application's database")
                .isEqualTo(1);
    }

    private Reports.Run awaitEnd(long execution) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Reports.Run current = reports.run(execution).orElseThrow();
        while (!current.hasEnded() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            current = reports.run(execution).orElseThrow();
        }
        return current;
    }
}
