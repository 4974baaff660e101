package org.boxoffice.web.my;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.HomeBacking;
import org.boxoffice.web.PagedRows;

/**
 * "My bookings": the customer's bookings, newest first, a page at a time, each linking to its page,
 * a confirmed one with its tickets' files: all as one PDF, and each ticket's PDF and code.
 */
@Named
@ViewScoped
public class BookingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A booking as the table shows it (EL 5 reads getters only). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String event;
        private final String startsAt;
        private final String status;
        private final String statusText;
        private final int tickets;
        private final List<Long> ticketIds;
        private final String total;

        Row(Bookings.Detail detail, Event event, Locale locale, OffsetDateTime now) {
            Booking booking = detail.booking();
            this.id = booking.id();
            this.event = event.title();
            this.startsAt = event.startsAt()
                            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                    .withLocale(locale))
                    + " (" + event.startsAt().getZone().getId() + ")";
            // a hold that has run out is over for the customer, even before the expiry timer ends it
            this.status = (booking.isExpiredAt(now) ? BookingStatus.EXPIRED : booking.status()).name();
            this.statusText = FacesMessages.text("booking.status." + status);
            this.tickets = booking.tickets();
            this.ticketIds = status.equals(BookingStatus.CONFIRMED.name())
                    ? detail.tickets().stream().map(Ticket::id).toList()
                    : List.of();
            this.total = HomeBacking.format(booking.total(), locale);
        }

        public long getId() {
            return id;
        }

        public String getEvent() {
            return event;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusText() {
            return statusText;
        }

        public int getTickets() {
            return tickets;
        }

        /** The tickets whose files can be had: those of a confirmed booking, in the order they were issued. */
        public List<Long> getTicketIds() {
            return ticketIds;
        }

        public String getTotal() {
            return total;
        }
    }

    @Inject
    transient Bookings bookings;

    @Inject
    transient Catalog catalog;

    @Inject
    transient SignedIn signedIn;

    private final PagedRows<Row, Row> rows =
            new PagedRows<>(this::page, row -> row, row -> String.valueOf(row.getId()));

    /** A page of bookings with their events, each event read once per page. */
    private Page<Row> page(int page, int size) {
        long account = signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<Long, Event> events = new HashMap<>();
        return bookings.listWithTickets(account, page, size)
                .map(detail -> new Row(
                        detail, events.computeIfAbsent(detail.booking().eventId(), catalog::getEvent), locale, now));
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }
}
