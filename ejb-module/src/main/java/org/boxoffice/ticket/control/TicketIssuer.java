package org.boxoffice.ticket.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.boxoffice.platform.control.SequenceIds;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.ticket.entity.TicketStatus;

/**
 * Issues the tickets of a booking as it is confirmed (one per seat, one per general-admission
 * place), each with a signed code ({@link TicketCodes}), and voids them when it is cancelled or
 * refunded, in the caller's transaction.
 */
@Dependent
public class TicketIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketCodes codes;

    @Inject
    SequenceIds ids;

    /** What one line of a booking admits: a seat ({@code count} 1), or a number of places of a type. */
    public record Admission(long ticketTypeId, Long seatId, int count) {}

    public List<Ticket> issue(long bookingId, long eventId, List<Admission> admissions, OffsetDateTime now) {
        List<Ticket> tickets = new ArrayList<>();
        for (Admission admission : admissions) {
            for (int i = 0; i < admission.count(); i++) {
                // the code signs the ticket's id, so the id is taken before the ticket is persisted
                long id = ids.next(em, Ticket.ID_SEQUENCE, Ticket.ID_BLOCK);
                Ticket ticket = new Ticket(
                        id,
                        bookingId,
                        eventId,
                        admission.ticketTypeId(),
                        admission.seatId(),
                        codes.sign(id, eventId),
                        now);
                em.persist(ticket);
                tickets.add(ticket);
            }
        }
        return tickets;
    }

    /** The booking's tickets stop letting anyone in. */
    public int voidAll(long bookingId) {
        return em.createQuery("update Ticket t set t.status = :cancelled where t.bookingId = :booking")
                .setParameter("cancelled", TicketStatus.CANCELLED)
                .setParameter("booking", bookingId)
                .executeUpdate();
    }

    public List<Ticket> of(long bookingId) {
        return em.createNamedQuery(Ticket.OF_BOOKING, Ticket.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }

    /** The tickets of these bookings in one query, by booking and then id; none for no bookings. */
    public List<Ticket> of(java.util.Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Ticket.OF_BOOKINGS, Ticket.class)
                .setParameter("bookings", bookingIds)
                .getResultList();
    }
}
