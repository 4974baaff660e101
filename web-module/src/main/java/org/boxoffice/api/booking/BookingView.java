package org.boxoffice.api.booking;

import java.util.List;
import org.boxoffice.api.MoneyView;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.ticket.entity.Ticket;

/**
 * A booking in JSON: its state, until when a hold runs ({@code expiresAt}, UTC), the total and
 * the lines (a seat each, or a quantity of general-admission places), how many tickets it is for
 * ({@code ticketCount}), and once it is confirmed its tickets with their codes ({@code tickets}).
 * The total is itemised as it was charged at the hold: the tickets' prices ({@code subtotal}), the
 * organisation's service fee of one ticket ({@code serviceFee}) and of all tickets with a price
 * ({@code fees}), so that {@code total = subtotal + fees}; and the VAT contained in the ticket
 * prices ({@code tax}, with its {@code rate} in percent; the fee carries none).
 */
public record BookingView(
        String id,
        String eventId,
        String status,
        String createdAt,
        String expiresAt,
        MoneyView total,
        MoneyView subtotal,
        MoneyView serviceFee,
        MoneyView fees,
        TaxView tax,
        int ticketCount,
        List<LineView> lines,
        List<TicketView> tickets) {

    /** One line: {@code seatId} for a reserved seat, else a {@code quantity} of places. */
    public record LineView(String ticketTypeId, String seatId, int quantity, MoneyView unitPrice, MoneyView amount) {

        static LineView of(BookingLine line) {
            return new LineView(
                    String.valueOf(line.ticketTypeId()),
                    line.isSeat() ? String.valueOf(line.seatId()) : null,
                    line.quantity(),
                    MoneyView.of(line.unitPrice()),
                    MoneyView.of(Money.of(line.amount(), line.unitPrice().currency())));
        }
    }

    /** The VAT contained in the ticket prices: money as the API writes it, and the rate in percent ("19.00"). */
    public record TaxView(String amount, String currency, String rate) {

        static TaxView of(Booking booking) {
            MoneyView tax = MoneyView.of(booking.tax());
            return new TaxView(tax.amount(), tax.currency(), booking.vatRate().toPlainString());
        }
    }

    public static BookingView of(Booking booking) {
        return of(booking, List.of());
    }

    /** With the tickets of a confirmed booking. */
    public static BookingView of(Booking booking, List<Ticket> tickets) {
        return new BookingView(
                String.valueOf(booking.id()),
                String.valueOf(booking.eventId()),
                booking.status().name(),
                booking.createdAt().toString(),
                booking.expiresAt().toString(),
                MoneyView.of(booking.total()),
                MoneyView.of(booking.subtotal()),
                MoneyView.of(booking.serviceFee()),
                MoneyView.of(booking.fees()),
                TaxView.of(booking),
                booking.tickets(),
                booking.lines().stream().map(LineView::of).toList(),
                tickets.stream().map(TicketView::of).toList());
    }
}
