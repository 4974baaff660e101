package org.boxoffice.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.notification.boundary.NotificationPreferences;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Mail;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Notification;
import org.boxoffice.notification.entity.NotificationKind;
import org.boxoffice.notification.entity.SentNotification;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.sales.boundary.SalesReports;

/**
 * Delivers one notice, in the transaction of the message that brought it:
 *
 * <ol>
 *   <li>writes its key to {@code sent_notification} and flushes, before anything goes out; a key
 *       that is there already means a redelivery of a notice handled before: nothing more happens;
 *   <li>a notice for every holder of an event is turned into one notice per confirmed booking, a
 *       page at a time, the next page as a notice of its own; a finished sales report into one
 *       notice per finance contact of its organisation;
 *   <li>else its letter is written in the recipient's language, kept in the portal inbox for the
 *       kinds shown there, and mailed unless the customer switched that kind's mail off; a sales
 *       report counts the finance contact it was mailed to.
 * </ol>
 *
 * A mail server that refuses throws, which rolls all of it back, the key included: the broker
 * delivers the message again later. Between the mail server taking a mail and the commit there is
 * a window: should the commit fail then, the redelivery mails it a second time (at least once,
 * never silently lost).
 */
@ApplicationScoped
public class NoticeDelivery {

    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class.getName());

    /** Bookings of an event one message fans out to; the rest go on in the next page's message. */
    static final int FAN_OUT_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Letters letters;

    @Inject
    MailTemplates templates;

    @Inject
    Mailer mailer;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Notifications notifications;

    @Inject
    Bookings bookings;

    @Inject
    SalesReports salesReports;

    /** @throws MessagingException when the mail server does not take the mail: the caller rolls back */
    public void deliver(Notice notice) throws MessagingException {
        // while the mail server is down, a redelivery costs no reading and no drawing
        mailer.requireReachable();
        if (!claim(notice)) {
            LOG.fine(() -> "notification " + notice.key() + " was handled before: nothing sent again");
            return;
        }
        if (notice.isFanOut()) {
            fanOut(notice);
            return;
        }
        Optional<Letter> written = letters.of(notice);
        if (written.isEmpty()) {
            LOG.fine(() -> "notification " + notice.key() + " has nobody or nothing left to tell");
            return;
        }
        Letter letter = written.get();
        MailTemplates.Rendered rendered =
                templates.render(letter.template(), letter.language(), letter.model(), letter.headline());
        NotificationKind kind = notice.kind();
        if (kind.isShownInPortal()) {
            em.persist(new Notification(
                    letter.accountId(),
                    kind,
                    letter.bookingId(),
                    letter.eventId(),
                    rendered.subject(),
                    rendered.summary()));
        }
        if (kind.group() == NotificationKind.Group.ACCOUNT
                || letter.accountId() == null
                || preferences.wantsMail(letter.accountId(), kind)) {
            mailer.deliver(
                    new Mail(letter.to(), rendered.subject(), rendered.text(), rendered.html(), letter.attachments()),
                    notice.key());
            if (notice.template() == Template.SALES_REPORT) {
                salesReports.mailed(notice.reportId());
            }
        }
    }

    /** Whether this delivery is the first of the notice's key; its row is written at once. */
    private boolean claim(Notice notice) {
        if (em.find(SentNotification.class, notice.key()) != null) {
            return false;
        }
        em.persist(new SentNotification(notice));
        // now, not at commit: a second delivery of the same key at the same moment waits here for
        // this one's commit and then fails on the key, rolls back and is redelivered, finding it
        em.flush();
        return true;
    }

    private void fanOut(Notice notice) {
        if (notice.isReportFanOut()) {
            long organisation = salesReports
                    .find(notice.reportId())
                    .orElseThrow(() -> new NotYetVisibleException("sales report " + notice.reportId()))
                    .organisationId();
            salesReports
                    .financeContacts(organisation)
                    .forEach(account -> notifications.send(notice.forAccount(account)));
            salesReports
                    .financeAddresses(organisation)
                    .forEach(address -> notifications.send(notice.forAddress(address)));
            return;
        }
        List<Bookings.Holder> page = bookings.confirmedOfEvent(notice.eventId(), notice.after(), FAN_OUT_PAGE);
        page.forEach(holder -> notifications.send(notice.forBooking(holder.bookingId(), holder.accountId())));
        if (page.size() == FAN_OUT_PAGE) {
            notifications.send(notice.nextPage(page.get(page.size() - 1).bookingId()));
        }
    }
}
