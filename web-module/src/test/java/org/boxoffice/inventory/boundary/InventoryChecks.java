package org.boxoffice.inventory.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.boxoffice.inventory.entity.SoldOutException;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.platform.control.LockTimeouts;

/**
 * The locking tracer, in the container on PostgreSQL: two transactions on one inventory row. The
 * second waits for the first; it proceeds when the first commits within the lock timeout, and fails
 * with a clear conflict when it does not. Never a hang.
 *
 * <p>Run by {@link org.boxoffice.incontainer.InContainerIT}, in the one deployment of all the
 * in-container checks.
 */
@Dependent
public class InventoryChecks {

    @Inject
    Inventory inventory;

    @Inject
    LockHolder firstBuyer;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    Fixtures fixtures;

    public void theSecondBuyerWaitsForTheFirstAndProceedsWhenItCommits() throws Exception {
        long allotment = fixtures.publishedGeneralAdmission(10).allotmentId();
        long hold = lockTimeouts.timeoutMillis() / 2;
        CountDownLatch locked = new CountDownLatch(1);

        Future<Integer> first = firstBuyer.takeAndHold(allotment, 3, hold, locked);
        assertThat(locked.await(30, TimeUnit.SECONDS))
                .as("the first buyer holds the lock")
                .isTrue();
        long start = System.nanoTime();
        int takenAfterSecond = inventory.take(allotment, 2).taken();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(waited).as("the second buyer waited for the first to commit").isGreaterThanOrEqualTo(hold / 2);
        assertThat(takenAfterSecond).isEqualTo(5);
        assertThat(fixtures.taken(allotment)).isEqualTo(5);
    }

    public void theSecondBuyerGetsAConflictWhenTheLockOutlastsTheTimeout() throws Exception {
        long allotment = fixtures.publishedGeneralAdmission(10).allotmentId();
        long timeout = lockTimeouts.timeoutMillis();
        CountDownLatch locked = new CountDownLatch(1);

        Future<Integer> first = firstBuyer.takeAndHold(allotment, 4, timeout * 3, locked);
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThatThrownBy(() -> inventory.take(allotment, 1))
                .isInstanceOf(InventoryBusyException.class)
                .hasMessageContaining("try again");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(waited)
                .as("bounded by the lock timeout, not by the first buyer")
                .isGreaterThanOrEqualTo(timeout / 2)
                .isLessThan(timeout * 2);
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(fixtures.taken(allotment))
                .as("only the first buyer's tickets are taken")
                .isEqualTo(4);
    }

    public void theLockTimeoutIsConfiguredByAnEnvironmentVariable() {
        // failsafe sets BOXOFFICE_INVENTORY_LOCK_TIMEOUT_MS=1500 over the config module's default of 2000
        assertThat(lockTimeouts.timeoutMillis()).isEqualTo(1500);
    }

    public void moreThanIsLeftIsSoldOutAndChangesNothing() {
        long allotment = fixtures.publishedGeneralAdmission(2).allotmentId();

        assertThatThrownBy(() -> inventory.take(allotment, 3)).isInstanceOf(SoldOutException.class);

        assertThat(fixtures.taken(allotment)).isZero();
    }
}
