package org.boxoffice.notification.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.Checkout;
import org.boxoffice.booking.boundary.HoldRequest;
import org.boxoffice.it.fixtures.Fixtures.GaEvent;
import org.boxoffice.notification.entity.CapturedMail;
import org.boxoffice.notification.entity.Notice;

/**
 * Sends notices inside a transaction that commits, or one that then rolls back; books tickets
 * through the booking boundaries; reads the mails the container kept (it has no mail server).
 */
@Stateless
public class NotificationSender {

    @ApplicationException(rollback = true)
    public static class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super("the booking failed after the notification was sent");
        }
    }

    @Inject
    Notifications notifications;

    @Inject
    Bookings bookings;

    @Inject
    Checkout checkout;

    @PersistenceContext
    EntityManager em;

    public void send(Notice notice) {
        notifications.send(notice);
    }

    public void sendAndRollBack(Notice notice) {
        notifications.send(notice);
        throw new Abort();
    }

    /** A free booking of one place, held and confirmed; its id. */
    public long freeBooking(long accountId, GaEvent event) {
        long booking = bookings.hold(
                        accountId,
                        new HoldRequest(
                                event.eventId(), List.of(), List.of(new HoldRequest.Item(event.ticketTypeId(), 1))),
                        UUID.randomUUID().toString())
                .booking()
                .id();
        checkout.pay(accountId, booking, null);
        return booking;
    }

    /** The mails kept for this address, newest first. */
    public List<CapturedMail> captured(String to) {
        return em.createQuery(
                        "select m from CapturedMail m where m.recipient = :to order by m.createdAt desc, m.id desc",
                        CapturedMail.class)
                .setParameter("to", to)
                .getResultList();
    }
}
