package org.boxoffice.sales.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.sales.entity.SalesReport;

/**
 * The single-run guard of the nightly sales reports, in the container: two instances' timers that
 * claim the same night at once open its reports once; the one that comes second finds the night
 * claimed and opens nothing.
 *
 * <p>Run by {@link org.boxoffice.incontainer.InContainerIT}, in the one deployment of all the
 * in-container checks.
 */
@Dependent
public class NightlyClaimChecks {

    @Inject
    SalesReports reports;

    @Inject
    Fixtures fixtures;

    public void twoClaimsOfOneNightOpenItsReportsOnce() throws Exception {
        // the night the nightly timer of this database claimed last, put back at the end: left at
        // the test's night, far ahead, it would stop the timer from claiming any real night
        long claimedBefore = fixtures.count("select coalesce(max(claimed_day - date '2000-01-01'), -1) from job_lock"
                + " where name = 'sales-report'");
        // a night far ahead of any real one, so that no timer of this database has claimed it
        LocalDate night = LocalDate.of(2999, 1, 1)
                .plusDays(fixtures.count("select coalesce(max(claimed_day) - date '2999-01-01', 0) + 1 from job_lock"
                        + " where name = 'sales-report' and claimed_day >= date '2999-01-01'"));
        fixtures.execute(
                "insert into organisation (id, name, created_at, version) values (nextval('organisation_seq'), ?1, now(), 1)",
                Fixtures.unique("Nightly claim"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<SalesReport> one = List.of();
        List<SalesReport> other = List.of();
        try {
            Callable<List<SalesReport>> claim = () -> reports.claimNightly(night);
            Future<List<SalesReport>> first = pool.submit(claim);
            Future<List<SalesReport>> second = pool.submit(claim);
            one = first.get();
            other = second.get();
            assertThat(one.isEmpty() != other.isEmpty())
                    .as("one claim opens the reports, the other none: " + one.size() + " and " + other.size())
                    .isTrue();
            assertThat(reports.claimNightly(night)).as("a third claim later").isEmpty();
            assertThat(fixtures.count(
                            "select count(*) from job_lock where name = 'sales-report' and claimed_day = ?1", night))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
            if (claimedBefore < 0) {
                fixtures.execute("update job_lock set claimed_day = null where name = 'sales-report'");
            } else {
                fixtures.execute(
                        "update job_lock set claimed_day = date '2000-01-01' + cast(?1 as integer)"
                                + " where name = 'sales-report'",
                        claimedBefore);
            }
            // the claim of that night opened each organisation's report of its last complete day,
            // yesterday: never run, they would stay RUNNING at the head of every list of the shared
            // database (the latest day first) and push the other tests' reports off its first page
            for (SalesReport opened :
                    Stream.concat(one.stream(), other.stream()).toList()) {
                fixtures.execute("delete from sales_report where id = ?1", opened.id());
            }
        }
    }
}
