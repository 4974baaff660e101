package org.boxoffice.ticket.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.UnknownBookingException;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventImage;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.ticket.control.Barcodes;
import org.boxoffice.ticket.control.SeatNames;
import org.boxoffice.ticket.control.TicketDocuments;
import org.boxoffice.ticket.control.TicketIssuer;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.ticket.entity.TicketStatus;

/**
 * A customer's own tickets as documents: one ticket, or all tickets of a booking, as the pages of
 * a PDF ({@link TicketDocuments}), and a ticket's code as the square code the door scans. Only the
 * valid tickets of the signed-in customer's confirmed bookings: another customer's ticket or booking
 * is not found, as an unknown one is.
 *
 * <p>The pages are read in one transaction that writes nothing; the PDF and the PNG are drawn
 * after it, so that no database connection waits for the drawing.
 */
@Stateless
public class Tickets {

    /** The side of the square code's PNG in pixels: sharp on a phone and in print. */
    static final int CODE_PIXELS = 480;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    TicketIssuer issuer;

    @Inject
    TicketDocuments documents;

    @Inject
    Barcodes barcodes;

    @Inject
    SeatNames seatNames;

    @Inject
    Bookings bookings;

    @Inject
    Catalog catalog;

    @Inject
    Accounts accounts;

    /**
     * The ticket's page, in the language given.
     *
     * @throws UnknownTicketException when the customer has no ticket with this id
     * @throws NoValidTicketsException when the ticket is void (its booking cancelled or refunded)
     */
    public TicketDocuments.Page page(long accountId, long ticketId, Locale language) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        return pages(accountId, validBookingOf(accountId, ticket, ticketId), List.of(ticket), language)
                .get(0);
    }

    /**
     * These seats named as their tickets print them ("Stalls, row C, seat 12"), by seat id, in one
     * query: for a page that lists a booking's seats without reading the venue's whole seat map.
     */
    public Map<Long, String> seatNames(Collection<Long> seatIds, Locale language) {
        return seatNames.ofSeats(seatIds, language);
    }

    /** A ticket's code and whether its event is a journey (which prints an Aztec code). */
    public record Code(String text, boolean journey) {}

    /**
     * The ticket's code; throws as {@link #page}.
     */
    public Code codeOf(long accountId, long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        Booking booking = validBookingOf(accountId, ticket, ticketId);
        return new Code(
                ticket.code(), catalog.getEvent(booking.eventId()).journey().isPresent());
    }

    /** The customer's confirmed booking of this valid ticket ({@code ticket} null: there is none with the id). */
    private Booking validBookingOf(long accountId, Ticket ticket, long ticketId) {
        if (ticket == null) {
            throw new UnknownTicketException(ticketId);
        }
        Booking booking =
                bookings.find(accountId, ticket.bookingId()).orElseThrow(() -> new UnknownTicketException(ticketId));
        if (!isValid(booking, ticket)) {
            throw new NoValidTicketsException(booking.id());
        }
        return booking;
    }

    /**
     * The pages of the booking's tickets, one each, in ticket id order.
     *
     * @throws UnknownBookingException when the customer has no booking with this id
     * @throws NoValidTicketsException when it has no valid tickets: not confirmed, or cancelled or refunded
     */
    public List<TicketDocuments.Page> pagesOfBooking(long accountId, long bookingId, Locale language) {
        Booking booking = bookings.get(accountId, bookingId);
        List<Ticket> valid = issuer.of(bookingId).stream()
                .filter(ticket -> isValid(booking, ticket))
                .toList();
        if (valid.isEmpty()) {
            throw new NoValidTicketsException(bookingId);
        }
        return pages(accountId, booking, valid, language);
    }

    /** The ticket as a PDF of one page; throws as {@link #page}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] pdf(long accountId, long ticketId, Locale language) {
        TicketDocuments.Page page = self().page(accountId, ticketId, language);
        return documents.pdf(List.of(page), language);
    }

    /**
     * The booking's tickets as one PDF, a page each; throws as {@link #pagesOfBooking}. Called in a
     * transaction (the confirmation mail's delivery), the pages are read in it, from what it has
     * read already; that transaction is held while the PDF is drawn anyway.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] pdfOfBooking(long accountId, long bookingId, Locale language) {
        return documents.pdf(self().pagesOfBooking(accountId, bookingId, language), language);
    }

    /**
     * The ticket's code as a PNG: a QR code, or an Aztec code for a journey, as on its PDF. Throws
     * as {@link #page}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] code(long accountId, long ticketId) {
        Code code = self().codeOf(accountId, ticketId);
        return barcodes.png(
                code.journey() ? Barcodes.Symbology.AZTEC : Barcodes.Symbology.QR_CODE,
                code.text(),
                CODE_PIXELS,
                CODE_PIXELS);
    }

    /** What a customer's tickets say about them and an event. */
    public enum Attendance {
        /** No ticket, or none still valid. */
        NONE,
        /** A valid ticket of a confirmed booking, not (yet) checked in. */
        TICKET,
        /** A ticket of theirs let them in, whatever became of it later. */
        CHECKED_IN
    }

    /** Whether the customer was checked in at the event, or holds a valid ticket of it. */
    public Attendance attendance(long accountId, long eventId) {
        List<Object[]> rows = em.createNamedQuery(Ticket.OF_HOLDER_AT_EVENT, Object[].class)
                .setParameter("account", accountId)
                .setParameter("event", eventId)
                .getResultList();
        Attendance attendance = Attendance.NONE;
        for (Object[] row : rows) {
            if (row[1] != null) {
                return Attendance.CHECKED_IN;
            }
            if (row[0] == TicketStatus.VALID && row[2] == BookingStatus.CONFIRMED) {
                attendance = Attendance.TICKET;
            }
        }
        return attendance;
    }

    private Tickets self() {
        return context.getBusinessObject(Tickets.class);
    }

    private static boolean isValid(Booking booking, Ticket ticket) {
        return booking.status() == BookingStatus.CONFIRMED && ticket.status() == TicketStatus.VALID;
    }

    private List<TicketDocuments.Page> pages(long accountId, Booking booking, List<Ticket> tickets, Locale language) {
        Event event = catalog.getEvent(booking.eventId());
        Map<Long, TicketType> types = new HashMap<>();
        event.ticketTypes().forEach(type -> types.put(type.id(), type));
        Map<Long, String> seats = seatNames.of(tickets, language);
        String holder = accounts.find(accountId).map(Account::displayName).orElse(null);
        byte[] image = event.imageUpdatedAt().isPresent()
                ? Optional.ofNullable(em.find(EventImage.class, event.id()))
                        .map(EventImage::data)
                        .orElse(null)
                : null;
        String address = event.venue().address() == null
                ? event.venue().city()
                : event.venue().address() + ", " + event.venue().city();
        List<TicketDocuments.Page> pages = new ArrayList<>();
        for (Ticket ticket : tickets) {
            TicketType type = types.get(ticket.ticketTypeId());
            String admission = TicketDocuments.admission(type == null ? null : type.name(), seats.get(ticket.seatId()));
            Money price = priceOf(booking, ticket);
            pages.add(new TicketDocuments.Page(
                    event.title(),
                    event.venue().name(),
                    address,
                    event.startsAt(),
                    admission,
                    holder,
                    price == null ? null : price.amount(),
                    price == null ? null : price.currency(),
                    String.valueOf(booking.id()),
                    ticket.code(),
                    image,
                    event.journey().isPresent()));
        }
        return pages;
    }

    /** What the ticket cost: the unit price of its booking line (its seat, or places of its type). */
    private static Money priceOf(Booking booking, Ticket ticket) {
        for (BookingLine line : booking.lines()) {
            boolean same = ticket.seatId() != null
                    ? ticket.seatId().equals(line.seatId())
                    : !line.isSeat() && line.ticketTypeId().equals(ticket.ticketTypeId());
            if (same) {
                return line.unitPrice();
            }
        }
        return null;
    }
}
