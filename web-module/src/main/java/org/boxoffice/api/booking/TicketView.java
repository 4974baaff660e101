package org.boxoffice.api.booking;

import org.boxoffice.ticket.entity.Ticket;

/** One ticket of a confirmed booking: its code (what the door scans), type and seat. */
public record TicketView(String id, String code, String ticketTypeId, String seatId, String status) {

    static TicketView of(Ticket ticket) {
        return new TicketView(
                String.valueOf(ticket.id()),
                ticket.code(),
                String.valueOf(ticket.ticketTypeId()),
                ticket.seatId() == null ? null : String.valueOf(ticket.seatId()),
                ticket.status().name());
    }
}
