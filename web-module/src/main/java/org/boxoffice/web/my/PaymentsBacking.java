package org.boxoffice.web.my;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.PaymentHistory;
import org.boxoffice.booking.boundary.PaymentScope;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.HomeBacking;
import org.boxoffice.web.PagedRows;

/**
 * "My payments", the customer's transaction history: every payment attempt, newest first, a page
 * at a time, with its event and booking, amount, method (a card by its brand and last four digits),
 * state and what went back, each refund listed under it, and the receipt of a paid one as a PDF.
 */
@Named
@ViewScoped
public class PaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refund as the list under its payment shows it. */
    public static final class RefundRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String amount;
        private final String when;
        private final String state;

        RefundRow(Refund refund, ZoneId zone, Locale locale) {
            this.amount = HomeBacking.format(refund.amount(), locale);
            this.when = time(refund.createdAt(), zone, locale);
            this.state = FacesMessages.text("booking.refund." + refund.status().name());
        }

        public String getAmount() {
            return amount;
        }

        public String getWhen() {
            return when;
        }

        public String getState() {
            return state;
        }
    }

    /** A payment as the table shows it (EL 5 reads getters only). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String when;
        private final String event;
        private final long bookingId;
        private final String amount;
        private final String method;
        private final String status;
        private final String statusText;
        private final String refunded;
        private final boolean paid;
        private final List<RefundRow> refunds;

        Row(PaymentHistory.Entry entry, Event event, Locale locale) {
            Payment payment = entry.payment();
            ZoneId zone = event.startsAt().getZone();
            this.id = payment.id();
            this.when = time(payment.createdAt(), zone, locale) + " (" + zone.getId() + ")";
            this.event = event.title();
            this.bookingId = payment.bookingId();
            this.amount = HomeBacking.format(payment.amount(), locale);
            this.method = switch (payment.method()) {
                case CARD ->
                    payment.cardLast4() == null
                            ? FacesMessages.text("payments.method.CARD")
                            : FacesMessages.text(
                                    "payments.card",
                                    payment.cardBrand() == null ? "" : payment.cardBrand(),
                                    payment.cardLast4());
                case PAYPAL -> FacesMessages.text("payments.method.PAYPAL");
                case WALLET -> FacesMessages.text("payments.method.WALLET");
            };
            this.status = payment.status().name();
            this.statusText = FacesMessages.text("payments.status." + status);
            this.refunded = payment.refunded().isZero() ? "" : HomeBacking.format(payment.refunded(), locale);
            this.paid = payment.status().isPaid();
            this.refunds = entry.refunds().stream()
                    .map(refund -> new RefundRow(refund, zone, locale))
                    .toList();
        }

        public long getId() {
            return id;
        }

        public String getWhen() {
            return when;
        }

        public String getEvent() {
            return event;
        }

        public long getBookingId() {
            return bookingId;
        }

        public String getAmount() {
            return amount;
        }

        public String getMethod() {
            return method;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusText() {
            return statusText;
        }

        /** What went back so far, empty when nothing did. */
        public String getRefunded() {
            return refunded;
        }

        /** Whether the payment took money, and so has a receipt. */
        public boolean isPaid() {
            return paid;
        }

        public List<RefundRow> getRefunds() {
            return refunds;
        }
    }

    @Inject
    transient PaymentHistory history;

    @Inject
    transient Catalog catalog;

    @Inject
    transient SignedIn signedIn;

    private final PagedRows<Row, Row> rows =
            new PagedRows<>(this::page, row -> row, row -> String.valueOf(row.getId()));

    /** A page of the customer's payments with their events, each event read once per page. */
    private Page<Row> page(int page, int size) {
        var account = signedIn.find().orElseThrow(() -> new IllegalStateException("no session"));
        if (!PaymentScope.MINE.isOpenTo(account)) {
            return new Page<>(List.of(), page, size, 0); // an account that does not buy tickets has paid nothing
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<Long, Event> events = new HashMap<>();
        return history.list(account, PaymentScope.MINE, null, null, page, size)
                .map(entry -> new Row(entry, events.computeIfAbsent(entry.eventId(), catalog::getEvent), locale));
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    private static String time(OffsetDateTime time, ZoneId zone, Locale locale) {
        return time.atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale));
    }
}
