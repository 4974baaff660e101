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

    /**
     * These tickets of the booking stop letting anyone in (a few at a time: the tickets are read
     * and changed as entities, so that what this transaction reads of them afterwards is current).
     *
     * @return how many of them were valid until now
     */
    public int voidSome(long bookingId, java.util.Collection<Long> ticketIds) {
        int voided = 0;
        for (Ticket ticket : of(bookingId)) {
            if (ticketIds.contains(ticket.id()) && ticket.isValid()) {
                ticket.cancel();
                voided++;
            }
        }
        return voided;
    }

    /** The booking's tickets stop letting anyone in. */
    public int voidAll(long bookingId) {
        int voided = 0;
        for (Ticket ticket : of(bookingId)) {
            if (ticket.isValid()) {
                ticket.cancel();
                voided++;
            }
        }
        return voided;
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
