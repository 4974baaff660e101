package org.boxoffice.bench.common;

/** Pauses of the platform's and the database's waits. */
final class Threads {

    private Threads() {}

    /** Thread.sleep for a bench: an interrupted wait ends the run rather than going on early. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
