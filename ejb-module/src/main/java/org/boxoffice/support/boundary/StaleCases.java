package org.boxoffice.support.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes, every fifteen minutes, the support cases left waiting for their customer (or resolved)
 * for {@code boxoffice.support.auto-close-days}. Every instance runs this timer (not persistent, not
 * clustered): one conditional update closes each case once, whichever instance gets there first.
 */
@Stateless
public class StaleCases {

    private static final Logger LOG = Logger.getLogger(StaleCases.class.getName());

    @Inject
    SupportCases cases;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "support cases auto-close")
    void onTimer() {
        try {
            int closed = cases.closeStale(OffsetDateTime.now(ZoneOffset.UTC));
            if (closed > 0) {
                LOG.fine(() -> closed + " support cases closed after waiting for their customers");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing stale support cases failed; the next run tries again", e);
        }
    }
}
