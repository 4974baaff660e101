package org.boxoffice.notification.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the keys of notifications handled long ago. A key in {@code sent_notification} keeps a
 * redelivered message from mailing twice; redeliveries come within minutes, so a key older than
 * {@code boxoffice.notifications.sent-key-days} (30) guards nothing any more. Every instance runs
 * the hourly timer; the delete is the same on each, so running it twice does no harm.
 */
@Stateless
public class SentKeys {

    private static final Logger LOG = Logger.getLogger(SentKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "boxoffice.notifications.sent-key-days", defaultValue = "30")
    int keepDays;

    @Schedule(minute = "17", hour = "*", persistent = false, info = "sent notification keys")
    void onTimer() {
        try {
            int forgotten =
                    forgetOlderThan(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(Math.max(1, keepDays))));
            if (forgotten > 0) {
                LOG.fine(() -> forgotten + " sent notification keys forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "forgetting sent notification keys failed; the next run tries again", e);
        }
    }

    /**
     * Deletes the keys of notifications handled before {@code cutoff}.
     *
     * @return how many keys were deleted
     */
    public int forgetOlderThan(OffsetDateTime cutoff) {
        return em.createNativeQuery("delete from sent_notification where sent_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
