package org.boxoffice.ticket.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.venue.entity.Seat;

/**
 * The seats of tickets named as a ticket prints them ({@link TicketDocuments#seat}), with their
 * sections, in one query per {@link #CHUNK} seats: for the pages of a booking's tickets, the
 * check-in list and the lines of a receipt.
 */
@Dependent
public class SeatNames {

    /** Seats read at once into an IN list. */
    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    /** The names of the tickets' seats by seat id; tickets without a seat have none. */
    public Map<Long, String> of(List<Ticket> tickets, Locale language) {
        return ofSeats(tickets.stream().map(Ticket::seatId).toList(), language);
    }

    /** The names of these seats by seat id (nulls among them are passed over): for a receipt's lines. */
    public Map<Long, String> ofSeats(Collection<Long> seatIds, Locale language) {
        List<Long> ids = seatIds.stream().filter(Objects::nonNull).distinct().toList();
        Locale printed = TicketDocuments.language(List.of(language));
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("select s from Seat s join fetch s.section where s.id in :ids", Seat.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(seat -> names.put(
                            seat.id(),
                            TicketDocuments.seat(printed, seat.section().name(), seat.rowLabel(), seat.number())));
        }
        return names;
    }
}
