package org.boxoffice.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.account.boundary.SignInFailures;
import org.boxoffice.account.entity.Account;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.notification.entity.Mail;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.payment.boundary.Payments;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.platform.control.ReaderFormats;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.ReportFile;
import org.boxoffice.sales.entity.ReportStatus;
import org.boxoffice.sales.entity.SalesReport;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.Side;
import org.boxoffice.ticket.boundary.Tickets;

/**
 * Reads what a notice is about, as it is now, through the owning components' boundaries, and
 * makes the {@link Letter}: recipient, language, and what the templates show. A notice whose
 * subject has gone (a closed account, a booking cancelled before its confirmation went out) makes
 * none; one whose data is not seen yet throws {@link NotYetVisibleException}.
 */
@ApplicationScoped
public class Letters {

    @Inject
    Accounts accounts;

    @Inject
    Registration registration;

    @Inject
    SignInFailures signInFailures;

    @Inject
    Bookings bookings;

    @Inject
    Catalog catalog;

    @Inject
    Payments payments;

    @Inject
    Tickets tickets;

    @Inject
    SalesReports salesReports;

    @Inject
    Reviews reviews;

    @Inject
    SupportCases supportCases;

    @Inject
    PortalLinks links;

    public Optional<Letter> of(Notice notice) {
        if (notice.accountId() == null) {
            return addressLetter(notice);
        }
        Account account = accounts.find(notice.accountId())
                .orElseThrow(() -> new NotYetVisibleException("account " + notice.accountId()));
        if (account.status() == Account.Status.CLOSED) {
            return Optional.empty();
        }
        Locale language = MailTemplates.language(account.language());
        Map<String, Object> model = new HashMap<>();
        model.put("name", account.displayName());
        return switch (notice.template().kind().group()) {
            case ACCOUNT -> Optional.of(accountLetter(notice, account, language, model));
            case BOOKING, EVENT -> bookingLetter(notice, account, language, model);
            case FINANCE -> reportLetter(notice, account, language, model);
            case REVIEW -> reviewLetter(notice, account, language, model);
            case SUPPORT, SUPPORT_DESK -> supportLetter(notice, account, language, model);
        };
    }

    private Letter accountLetter(Notice notice, Account account, Locale language, Map<String, Object> model) {
        String portal = links.portal(notice.portal());
        model.put("portal", portal);
        switch (notice.template()) {
            case EMAIL_VERIFICATION -> link(model, notice, portal + "/account/verify.xhtml", language);
            case PASSWORD_RESET -> link(model, notice, portal + "/account/reset-password.xhtml", language);
            case EMAIL_CHANGE -> link(model, notice, portal + "/account/confirm-email.xhtml", language);
            case PASSWORD_CHANGED ->
                model.put(
                        "changedAt",
                        utc(
                                account.credentialsChangedAt().orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC)),
                                language));
            case SIGN_IN_LOCKOUT -> {
                model.put("attempts", String.valueOf(signInFailures.attemptsBeforeLock()));
                model.put(
                        "lockedUntil",
                        account.lockedUntil().map(until -> utc(until, language)).orElse(""));
            }
            case EMAIL_CHANGE_NOTICE -> {
                // no link: the new address gets it
            }
            case ACCOUNT_DISABLED ->
                model.put(
                        "disabledAt",
                        utc(account.disabledAt().orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC)), language));
            case ACCOUNT_ENABLED -> {
                // the portal's address is all it shows
            }
            default -> throw new IllegalArgumentException("not an account mail: " + notice.template());
        }
        return new Letter(
                notice.template(),
                account.id(),
                notice.to(),
                language,
                model,
                List.of(account.displayName()),
                List.of(),
                null,
                null);
    }

    private void link(Map<String, Object> model, Notice notice, String page, Locale language) {
        OffsetDateTime expires = registration
                .linkExpiry(notice.secret())
                .orElseThrow(() -> new NotYetVisibleException("the link of " + notice.key()));
        model.put("link", page + "?token=" + notice.secret());
        model.put("expires", utc(expires, language));
    }

    private Optional<Letter> bookingLetter(Notice notice, Account account, Locale language, Map<String, Object> model) {
        Booking booking = bookings.find(account.id(), notice.bookingId())
                .orElseThrow(() -> new NotYetVisibleException("booking " + notice.bookingId()));
        Event event = catalog.findEvent(booking.eventId())
                .orElseThrow(() -> new NotYetVisibleException("event " + booking.eventId()));
        if (!stillToBeTold(notice.template(), booking, event)) {
            return Optional.empty();
        }
        String portal = links.portal(null);
        model.put("event", event(event, language, portal));
        model.put("booking", booking(booking, language, portal));
        List<Mail.Attachment> attachments = new ArrayList<>();
        switch (notice.template()) {
            case BOOKING_CONFIRMATION ->
                attachments.add(new Mail.Attachment(
                        "booking-" + booking.id() + "-tickets.pdf",
                        "application/pdf",
                        tickets.pdfOfBooking(account.id(), booking.id(), language)));
            case PAYMENT_RECEIPT, REFUND, LATE_PAYMENT_REFUND -> {
                Optional<Map<String, Object>> payment = payment(notice, account, event, language);
                if (payment.isEmpty()) {
                    return Optional.empty();
                }
                model.put("payment", payment.get());
            }
            case EVENT_CHANGED -> model.put("changes", changes(notice));
            default -> {
                // the event and the booking say it all
            }
        }
        return Optional.of(new Letter(
                notice.template(),
                account.id(),
                account.email(),
                language,
                model,
                List.of(event.title(), String.valueOf(booking.id())),
                attachments,
                booking.id(),
                event.id()));
    }

    /**
     * The author is told that a moderator hid their review, or showed it again, and why. A review
     * shown again before a mail about its hiding went out is not told hidden, nor the reverse.
     */
    private Optional<Letter> reviewLetter(Notice notice, Account account, Locale language, Map<String, Object> model) {
        Reviews.Told told = reviews.told(notice.moderationId())
                .orElseThrow(() -> new NotYetVisibleException("review moderation " + notice.moderationId()));
        boolean hidden = notice.template() == Template.REVIEW_HIDDEN;
        if (told.review().isHidden() != hidden) {
            return Optional.empty();
        }
        Event event = catalog.findEvent(told.review().eventId())
                .orElseThrow(() ->
                        new NotYetVisibleException("event " + told.review().eventId()));
        String portal = links.portal(null);
        model.put("event", event(event, language, portal));
        Map<String, Object> review = new HashMap<>();
        review.put("rating", String.valueOf(told.review().rating()));
        review.put("text", told.review().text().orElse(""));
        review.put("reason", told.moderation().reason());
        model.put("review", review);
        return Optional.of(new Letter(
                notice.template(),
                account.id(),
                account.email(),
                language,
                model,
                List.of(event.title()),
                List.of(),
                null,
                event.id()));
    }

    /**
     * A message of a support case: a public answer for the case's customer, with the case page's
     * link; a customer's message for a member of the desk or an organizer, with the desk's page.
     * An internal note is never written to anyone, and an answer to nobody but the case's customer.
     */
    private Optional<Letter> supportLetter(Notice notice, Account account, Locale language, Map<String, Object> model) {
        SupportCases.Told told = supportCases
                .told(notice.messageId())
                .orElseThrow(() -> new NotYetVisibleException("support message " + notice.messageId()));
        if (told.message().isInternal()) {
            return Optional.empty();
        }
        boolean answer = notice.template() == Template.SUPPORT_ANSWER;
        if (answer
                && (told.message().side() == Side.CUSTOMER || told.supportCase().customerId() != account.id())) {
            return Optional.empty();
        }
        if (!answer && told.message().side() != Side.CUSTOMER) {
            return Optional.empty();
        }
        String link = links.portal(null)
                + (answer ? "/my/case.xhtml?id=" : "/support/case.xhtml?id=")
                + told.supportCase().id();
        Map<String, Object> view = new HashMap<>();
        view.put("number", String.valueOf(told.supportCase().id()));
        view.put("subject", told.supportCase().subject());
        view.put("text", told.message().body().orElse(""));
        view.put("link", link);
        model.put("supportCase", view);
        return Optional.of(new Letter(
                notice.template(),
                account.id(),
                account.email(),
                language,
                model,
                // the portal inbox's text ends with the case page's address ({2})
                List.of(
                        String.valueOf(told.supportCase().id()),
                        told.supportCase().subject(),
                        link),
                List.of(),
                told.supportCase().bookingId().orElse(null),
                told.supportCase().eventId().orElse(null)));
    }

    /**
     * A finished sales report for one finance contact, its CSV attached. An account that is no
     * longer a finance contact of the report's organisation is not sent it.
     */
    private Optional<Letter> reportLetter(Notice notice, Account account, Locale language, Map<String, Object> model) {
        if (!salesReports.isFinanceContact(account.id(), reportOf(notice).organisationId())) {
            return Optional.empty();
        }
        return Optional.of(reportLetter(notice, account.id(), account.email(), language, model));
    }

    /**
     * A finished sales report for one of the platform's finance addresses, in the default
     * language; an address no longer among them is not sent it. Only reports go to an address.
     */
    private Optional<Letter> addressLetter(Notice notice) {
        if (notice.template() != Template.SALES_REPORT || notice.to() == null) {
            throw new IllegalArgumentException("only a sales report is mailed to an address: " + notice.key());
        }
        if (!salesReports.isFinanceAddress(notice.to())) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", "");
        return Optional.of(reportLetter(notice, null, notice.to(), MailTemplates.language(null), model));
    }

    private SalesReport reportOf(Notice notice) {
        return salesReports
                .find(notice.reportId())
                .filter(candidate -> candidate.status() == ReportStatus.COMPLETED)
                .orElseThrow(() -> new NotYetVisibleException("sales report " + notice.reportId()));
    }

    private Letter reportLetter(Notice notice, Long accountId, String to, Locale language, Map<String, Object> model) {
        SalesReport report = salesReports
                .find(notice.reportId())
                .filter(candidate -> candidate.status() == ReportStatus.COMPLETED)
                .orElseThrow(() -> new NotYetVisibleException("sales report " + notice.reportId()));
        byte[] csv = salesReports
                .findFile(report.id(), ReportFile.Format.CSV)
                .orElseThrow(() -> new NotYetVisibleException("the CSV of sales report " + report.id()))
                .content();
        String organisation = salesReports
                .organisationNames(List.of(report.organisationId()))
                .getOrDefault(report.organisationId(), "");
        String file = "sales-" + report.organisationId() + "-" + report.day() + "-" + report.id() + ".csv";
        Map<String, Object> view = new HashMap<>();
        view.put("organisation", organisation);
        view.put(
                "day",
                report.day()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(ReaderFormats.of(language))));
        view.put("zone", report.zone().getId());
        view.put("lines", String.valueOf(report.lineCount()));
        view.put("sold", String.valueOf(report.ticketsSold()));
        view.put("refunded", String.valueOf(report.ticketsRefunded()));
        view.put("checkIns", String.valueOf(report.checkIns()));
        view.put(
                "totals",
                salesReports.totals(report.id()).stream()
                        .map(total -> Map.of(
                                "currency", total.currency().getCurrencyCode(),
                                "gross", ReaderFormats.money(total.gross(), total.currency(), language),
                                "fees", ReaderFormats.money(total.fees(), total.currency(), language),
                                "refunds", ReaderFormats.money(total.refunds(), total.currency(), language),
                                "net", ReaderFormats.money(total.net(), total.currency(), language)))
                        .toList());
        view.put("file", file);
        view.put("link", links.portal(null) + "/finance/reports.xhtml");
        model.put("report", view);
        return new Letter(
                notice.template(),
                accountId,
                to,
                language,
                model,
                List.of(organisation, report.day().toString()),
                List.of(new Mail.Attachment(file, "text/csv; charset=UTF-8", csv)),
                null,
                null);
    }

    /**
     * Whether the booking is (still) in the state the notice tells of. A state the sender's
     * transaction left behind but that is not seen yet throws; one that has moved on since, say a
     * booking cancelled before its reminder went out, makes no mail.
     */
    private static boolean stillToBeTold(Template template, Booking booking, Event event) {
        BookingStatus status = booking.status();
        return switch (template) {
            case BOOKING_CONFIRMATION, PAYMENT_RECEIPT -> {
                if (status == BookingStatus.HELD) {
                    throw new NotYetVisibleException("the confirmation of booking " + booking.id());
                }
                yield status == BookingStatus.CONFIRMED || template == Template.PAYMENT_RECEIPT;
            }
            // a refund may be partial (the booking stays confirmed) or of a late payment: the
            // payment says whether it is visible
            case REFUND, LATE_PAYMENT_REFUND -> true;
            case BOOKING_CANCELLED, EVENT_CANCELLED -> {
                if (status == BookingStatus.CONFIRMED || status == BookingStatus.HELD) {
                    throw new NotYetVisibleException("the end of booking " + booking.id());
                }
                yield true;
            }
            case EVENT_REMINDER, EVENT_CHANGED ->
                status == BookingStatus.CONFIRMED && event.status() == EventStatus.PUBLISHED;
            default -> throw new IllegalArgumentException("not a booking mail: " + template);
        };
    }

    /**
     * The payment as its mail shows it; empty for a refund mail when every refund of the payment
     * failed before the mail went out: the customer is not told that money came back.
     */
    private Optional<Map<String, Object>> payment(Notice notice, Account account, Event event, Locale language) {
        Payment payment = payments.ofBooking(account.id(), notice.bookingId()).stream()
                .filter(candidate -> candidate.id().equals(notice.paymentId()))
                .findFirst()
                .orElseThrow(() -> new NotYetVisibleException("payment " + notice.paymentId()));
        boolean refund = notice.template() == Template.REFUND || notice.template() == Template.LATE_PAYMENT_REFUND;
        // a refund the provider gives back later is on its way: told as such, not as refunded
        Money onItsWay = refund
                ? payments.onItsWayBack(payment)
                : Money.of(BigDecimal.ZERO, payment.amount().currency());
        if (refund && payment.refunded().isZero() && onItsWay.isZero()) {
            if (payments.refundsOf(List.of(payment.id())).isEmpty()) {
                throw new NotYetVisibleException("the refund of payment " + notice.paymentId());
            }
            return Optional.empty();
        }
        if (!refund && !payment.status().isPaid()) {
            throw new NotYetVisibleException("the outcome of payment " + notice.paymentId());
        }
        Map<String, Object> view = new HashMap<>();
        view.put("amount", money(payment.amount(), language));
        view.put("method", payment.method().name());
        view.put("refunded", payment.refunded().isZero() ? "" : money(payment.refunded(), language));
        view.put("refunding", onItsWay.isZero() ? "" : money(onItsWay, language));
        view.put(
                "card",
                payment.cardLast4() == null
                        ? ""
                        : (payment.cardBrand() == null ? "" : payment.cardBrand() + " ") + "…" + payment.cardLast4());
        view.put(
                "when",
                ReaderFormats.when(
                        payment.changedAt().atZoneSameInstant(event.venue().zone()), language));
        view.put("reference", "payment-" + payment.id());
        return Optional.of(view);
    }

    private static List<String> changes(Notice notice) {
        List<String> changed = new ArrayList<>();
        String fields = notice.changes() == null ? "" : notice.changes();
        if (fields.contains("startsAt") || fields.contains("endsAt")) {
            changed.add("time");
        }
        if (fields.contains("origin") || fields.contains("destination") || fields.contains("arrivalZone")) {
            changed.add("route");
        }
        return changed;
    }

    private static Map<String, Object> event(Event event, Locale language, String portal) {
        Map<String, Object> view = new HashMap<>();
        view.put("title", event.title());
        view.put("when", ReaderFormats.when(event.startsAt(), language));
        view.put("ends", ReaderFormats.when(event.endsAt(), language));
        view.put("venue", event.venue().name());
        view.put(
                "address",
                event.venue().address() == null
                        ? event.venue().city()
                        : event.venue().address() + ", " + event.venue().city());
        view.put(
                "route",
                event.journey()
                        .map(journey -> journey.origin() + " → " + journey.destination())
                        .orElse(""));
        view.put("link", portal + "/event.xhtml?id=" + event.id());
        return view;
    }

    private static Map<String, Object> booking(Booking booking, Locale language, String portal) {
        Map<String, Object> view = new HashMap<>();
        view.put("number", String.valueOf(booking.id()));
        view.put("tickets", String.valueOf(booking.tickets()));
        view.put("total", money(booking.total(), language));
        view.put("paid", !booking.total().isZero());
        // the receipt itemises the total: tickets, service fee, and the VAT the tickets contain
        view.put("subtotal", money(booking.subtotal(), language));
        view.put("serviceFee", money(booking.serviceFee(), language));
        view.put("feeTickets", String.valueOf(booking.feeTickets()));
        view.put("fees", money(booking.fees(), language));
        view.put("charged", !booking.fees().isZero());
        view.put(
                "vatRate",
                NumberFormat.getNumberInstance(ReaderFormats.of(language)).format(booking.vatRate()));
        view.put("tax", money(booking.tax(), language));
        view.put("taxed", booking.vatRate().signum() > 0);
        view.put("link", portal + "/my/booking.xhtml?id=" + booking.id());
        return view;
    }

    private static String money(Money money, Locale language) {
        return ReaderFormats.money(money.amount(), money.currency(), language);
    }

    /** A time of the account's own (a link's end, a lock's end): in UTC, the same for every reader. */
    static String utc(OffsetDateTime time, Locale language) {
        return time.atZoneSameInstant(ZoneId.of("UTC"))
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(ReaderFormats.of(language)))
                + " UTC";
    }
}
