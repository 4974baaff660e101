package org.boxoffice.notification.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.settings.boundary.Settings;

/**
 * Reminds customers of their events: every five minutes, the confirmed bookings of events that
 * start within {@code boxoffice.notifications.reminder-hours} (24) get an {@link
 * Template#EVENT_REMINDER}, once. Every instance runs this timer (not persistent, not clustered);
 * the database decides which instance reminds which booking: {@link Bookings#claimReminders}
 * marks each booking with one conditional update, in the transaction that queues its reminder.
 */
@Stateless
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    /** Bookings reminded in one transaction; more wait for the next run. */
    static final int BATCH = 200;

    @Inject
    Bookings bookings;

    @Inject
    Notifications notifications;

    /** The reminder's lead time ({@code boxoffice.notifications.reminder-hours}), which admins may change. */
    @Inject
    Settings settings;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "event reminders")
    void onTimer() {
        try {
            int sent = remindUpcoming();
            if (sent > 0) {
                LOG.fine(() -> sent + " event reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "queueing event reminders failed; the next run tries again", e);
        }
    }

    /**
     * Queues the reminders due now that no instance has queued yet, at most {@link #BATCH}.
     *
     * @return how many were queued by this call
     */
    public int remindUpcoming() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Bookings.Reminder> due =
                bookings.claimReminders(now, now.plus(Duration.ofHours(Math.max(0, settings.reminderHours()))), BATCH);
        due.forEach(reminder -> notifications.send(Notice.booking(
                Template.EVENT_REMINDER, reminder.accountId(), reminder.bookingId(), reminder.eventId())));
        return due.size();
    }
}
