package org.boxoffice.support.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.support.entity.CaseKind;
import org.boxoffice.support.entity.CaseState;

/**
 * The auto-close timer's work, called with a "now" of its own: a case left waiting for its customer
 * (or resolved) for boxoffice.support.auto-close-days (7) is closed, one that waits for the desk is
 * not; two runs at once close each case once.
 *
 * <p>Run by {@link org.boxoffice.incontainer.InContainerIT}, in the one deployment of all the
 * in-container checks.
 */
@Dependent
public class StaleCasesChecks {

    @Inject
    SupportCases cases;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    private Account staff() {
        return accounts.findWithRoles(accounts.create(
                                Fixtures.unique("desk") + "@example.org",
                                "A Desk",
                                "a long enough secret".toCharArray(),
                                Set.of(Role.SUPPORT))
                        .id())
                .orElseThrow();
    }

    private CaseState state(long caseId, Account viewer) {
        return cases.get(viewer, caseId).supportCase().state();
    }

    public void casesLeftWaitingForTheirCustomerAreClosedAfterTheDaysAndOthersAreNot() throws Exception {
        Account customer = accounts.findWithRoles(fixtures.account()).orElseThrow();
        Account staff = staff();
        long waiting =
                cases.open(customer, CaseKind.GENERAL, null, "Waiting", "Hello").id();
        long resolved = cases.open(customer, CaseKind.GENERAL, null, "Resolved", "Hello")
                .id();
        long open =
                cases.open(customer, CaseKind.GENERAL, null, "Open", "Hello").id();
        cases.write(staff, waiting, "Did that help?", false, List.of());
        cases.changeState(staff, resolved, CaseState.RESOLVED, null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        cases.closeStale(now.plusDays(6));
        assertThat(state(waiting, staff)).isEqualTo(CaseState.WAITING_FOR_CUSTOMER);
        assertThat(state(resolved, staff)).isEqualTo(CaseState.RESOLVED);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> cases.closeStale(now.plusDays(8));
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            int closed = runs.get(0).get() + runs.get(1).get();
            // other tests' cases may be closed too; these two exactly once between the runs
            assertThat(closed).isGreaterThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }

        assertThat(state(waiting, staff)).isEqualTo(CaseState.CLOSED);
        assertThat(state(resolved, staff)).isEqualTo(CaseState.CLOSED);
        assertThat(state(open, staff)).as("waiting for the desk").isEqualTo(CaseState.OPEN);
        assertThat(cases.get(staff, waiting).supportCase().closedAt()).isPresent();
        assertThat(fixtures.count(
                        "select count(*) from support_case where id in (?1, ?2) and state = 'CLOSED'",
                        waiting,
                        resolved))
                .isEqualTo(2);
        assertThat(cases.closeStale(now.plusDays(8)))
                .as("nothing left to close")
                .isZero();
    }
}
