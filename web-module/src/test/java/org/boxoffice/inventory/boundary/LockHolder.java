package org.boxoffice.inventory.boundary;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/** A first buyer who takes tickets and keeps the row locked for a while before committing. */
@Stateless
public class LockHolder {

    @Inject
    Inventory inventory;

    @Asynchronous
    public Future<Integer> takeAndHold(long allotmentId, int quantity, long holdMillis, CountDownLatch locked)
            throws InterruptedException {
        int taken = inventory.take(allotmentId, quantity).taken();
        locked.countDown();
        Thread.sleep(holdMillis);
        return new AsyncResult<>(taken);
    }
}
