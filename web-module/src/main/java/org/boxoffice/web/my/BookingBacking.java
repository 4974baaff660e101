package org.boxoffice.web.my;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.Checkout;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.payment.boundary.Charges;
import org.boxoffice.payment.boundary.Payments;
import org.boxoffice.payment.control.PaymentDetails;
import org.boxoffice.payment.control.StripeGateway;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.payment.entity.PaymentStatus;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.ticket.boundary.Tickets;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.HomeBacking;

/**
 * One of the customer's bookings ({@code ?id=}): what it is for, its state, and what can be done
 * with it. While it is held: how long the hold still runs (counted down in the browser), the
 * payment (card, PayPal, wallet; a free booking is only confirmed), the provider's challenge when
 * it asks for one (3-D Secure code, PayPal approval), and cancelling. Once confirmed: the ticket
 * codes, what was paid, and cancelling while the event's policy allows it.
 *
 * <p>With a provider whose own form confirms payments in the browser (Stripe), the pay form has no
 * card fields: "Pay" starts the payment, and the page then shows the provider's Payment Element
 * with the payment's client secret (js/stripe-payment.js). It comes back to this page ({@code
 * ?payment_intent=...}) once the customer confirmed, and the page asks the provider, once, how the
 * payment stands.
 *
 * <p>Every action works on the session's account and reads the booking again afterwards; one that
 * changes the booking sends the browser to the page's address again (post, redirect, get), so that
 * reloading the page never pays twice. Card details are never kept beyond the request.
 */
@Named
@ViewScoped
public class BookingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A line of the booking as the page lists it: its ticket type, what it is (the seat, "Stalls,
     * row A, seat 3", or the number of places) and its amount. The page calls the accessors ({@code
     * #{line.what()}}): EL 5 reads getters, not record components, as properties.
     */
    public record Line(String ticketType, String what, String amount) implements Serializable {}

    /**
     * A ticket of a confirmed booking: its id (for the address of its PDF), its code, what it admits
     * to, and whether it still does ({@code valid} false for a ticket refunded on its own).
     */
    public record TicketRow(long id, String code, String admits, boolean valid) implements Serializable {}

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient Bookings bookings;

    @Inject
    transient Checkout checkout;

    @Inject
    transient Payments payments;

    @Inject
    transient Charges charges;

    @Inject
    transient Catalog catalog;

    @Inject
    transient Tickets ticketDocuments;

    @Inject
    transient PortalAddress portal;

    /** The flash entry that carries a payment's client secret from "Pay" to the page after it. */
    private static final String CLIENT_SECRET = "bookingClientSecret";

    private String id;
    private long bookingId;
    private long eventId;
    private String title;
    private String startsAt;
    private String venue;
    private String status;
    private String total;
    private String subtotal;
    private String serviceFee;
    private String fees;
    private int feeTickets;
    private boolean charged;
    private String vatRate;
    private String tax;
    private boolean taxed;
    private List<String> methods = List.of();
    private boolean free;
    private boolean held;
    private boolean confirmed;
    private long secondsLeft;
    private boolean cancellable;
    private boolean refundable;
    private Integer cancellationHours;
    private String challenge;
    private String paidWith;
    private List<Line> lines = List.of();
    private List<TicketRow> tickets = List.of();
    private List<PaymentsBacking.RefundRow> refunds = List.of();

    private String method = PaymentMethod.CARD.name();
    private String cardNumber;
    private String cardExpiry;
    private String cardCvc;
    private String payerEmail;
    private String walletToken;
    private String challengeAnswer;
    private boolean browserConfirms;
    private String publishableKey;
    private String clientSecret;
    private String returnUrl;
    private String locale;
    private String paymentIntent;

    /**
     * Reads the booking named by {@code id}; one of another customer, or none, is a 404. Coming back
     * from the provider's form ({@code ?payment_intent=...}), it asks the provider how the payment
     * stands and shows the page again without that parameter.
     */
    public String load() throws IOException {
        Optional<Long> parsed = Parameters.id(id);
        if (parsed.isEmpty()) {
            notFound();
            return null;
        }
        bookingId = parsed.get();
        browserConfirms = charges.confirmsInBrowser();
        try {
            show();
        } catch (BusinessException e) {
            notFound();
            return null;
        }
        if (browserConfirms && paymentIntent != null && !paymentIntent.isBlank()) {
            return returned();
        }
        if (browserConfirms && StripeGateway.CONFIRM_IN_BROWSER.equals(challenge)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            clientSecret = (String) faces.getExternalContext().getFlash().get(CLIENT_SECRET);
            publishableKey = charges.publishableKey();
            returnUrl = portal.url() + "/my/booking.xhtml?id=" + bookingId;
            locale = faces.getViewRoot().getLocale().getLanguage();
        }
        return null;
    }

    /**
     * The customer's browser came back from the provider's form: the provider is asked how the
     * payment stands (its webhook may have told already), and the page is shown again.
     */
    private String returned() {
        if (!held) {
            // the webhook confirmed it first, or the hold ended: the page shows how it is
            return again();
        }
        try {
            return after(checkout.complete(accountId(), bookingId, null));
        } catch (BusinessException e) {
            FacesMessages.error(e);
            return again();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void show() {
        long account = accountId();
        Bookings.Detail detail = bookings.detail(account, bookingId);
        Booking booking = detail.booking();
        Event event = catalog.getEvent(booking.eventId());
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        eventId = event.id();
        title = event.title();
        startsAt = event.startsAt()
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                                .withLocale(locale))
                + " (" + event.startsAt().getZone().getId() + ")";
        venue = event.venue().name() + ", " + event.venue().city();
        total = HomeBacking.format(booking.total(), locale);
        subtotal = HomeBacking.format(booking.subtotal(), locale);
        serviceFee = HomeBacking.format(booking.serviceFee(), locale);
        fees = HomeBacking.format(booking.fees(), locale);
        feeTickets = booking.feeTickets();
        charged = !booking.fees().isZero();
        vatRate = NumberFormat.getNumberInstance(locale).format(booking.vatRate());
        tax = HomeBacking.format(booking.tax(), locale);
        taxed = booking.vatRate().signum() > 0;
        // only the methods the event accepts are offered; the first of them is chosen at first
        methods = event.paymentTerms().methods().stream().map(Enum::name).toList();
        if (!methods.contains(method)) {
            method = methods.get(0);
        }
        free = booking.total().isZero();
        boolean ranOut = booking.isExpiredAt(now);
        BookingStatus state = ranOut ? BookingStatus.EXPIRED : booking.status();
        status = state.name();
        held = state == BookingStatus.HELD;
        confirmed = state == BookingStatus.CONFIRMED;
        secondsLeft =
                held ? Math.max(0, Duration.between(now, booking.expiresAt()).toSeconds()) : 0;
        cancellationHours = event.cancellationHours();
        cancellable = held || (confirmed && event.isCancellableByCustomersAt(now));
        refundable = confirmed && !free;

        Map<Long, TicketType> types = new HashMap<>();
        event.ticketTypes().forEach(type -> types.put(type.id(), type));
        Map<Long, String> seats = ticketDocuments.seatNames(
                booking.lines().stream()
                        .filter(BookingLine::isSeat)
                        .map(BookingLine::seatId)
                        .toList(),
                locale);
        List<Line> shown = new ArrayList<>();
        for (BookingLine line : booking.lines()) {
            String what = line.isSeat()
                    ? seats.getOrDefault(
                            line.seatId(), FacesMessages.text("booking.seatNumber", String.valueOf(line.seatId())))
                    : FacesMessages.text("booking.placesCount", line.quantity());
            shown.add(new Line(
                    typeName(types, line.ticketTypeId()),
                    what,
                    HomeBacking.format(Money.of(line.amount(), line.unitPrice().currency()), locale)));
        }
        lines = shown;

        tickets = List.of();
        if (confirmed) {
            List<TicketRow> rows = new ArrayList<>();
            for (Ticket ticket : detail.tickets()) {
                String admits = typeName(types, ticket.ticketTypeId())
                        + (ticket.seatId() == null ? "" : " · " + seats.getOrDefault(ticket.seatId(), ""));
                rows.add(new TicketRow(ticket.id(), ticket.code(), admits, ticket.isValid()));
            }
            tickets = rows;
        }

        refunds = charges.refundsOf(booking.id()).stream()
                .map(refund ->
                        new PaymentsBacking.RefundRow(refund, event.startsAt().getZone(), locale))
                .toList();

        challenge = null;
        paidWith = null;
        for (Payment payment : payments.ofBooking(account, bookingId)) {
            if (held && payment.status() == PaymentStatus.REQUIRES_ACTION) {
                challenge = browserConfirms
                        ? StripeGateway.CONFIRM_IN_BROWSER
                        : payment.method() == PaymentMethod.PAYPAL ? "PAYPAL_APPROVAL" : "3DS";
            }
            if (payment.status().isPaid()) {
                paidWith = switch (payment.method()) {
                    case CARD ->
                        payment.cardLast4() == null
                                ? FacesMessages.text("booking.paidCardAtProvider")
                                : FacesMessages.text("booking.paidCard", payment.cardBrand(), payment.cardLast4());
                    case PAYPAL -> FacesMessages.text("booking.paidPayPal");
                    case WALLET -> FacesMessages.text("booking.paidWallet");
                };
            }
        }
    }

    private static String typeName(Map<Long, TicketType> types, Long typeId) {
        TicketType type = types.get(typeId);
        return type == null ? "" : type.name();
    }

    /** Pays the hold with the chosen method; a free booking is confirmed without one. */
    public String pay() {
        try {
            Checkout.Paid paid = checkout.pay(accountId(), bookingId, free ? null : details());
            return after(paid);
        } catch (BusinessException e) {
            return failed(e);
        } finally {
            forgetPaymentDetails();
        }
    }

    /** Answers the 3-D Secure challenge with the code the customer typed. */
    public String answerChallenge() {
        try {
            String answer = challengeAnswer == null ? "" : challengeAnswer.strip();
            return after(checkout.complete(accountId(), bookingId, answer));
        } catch (BusinessException e) {
            return failed(e);
        } finally {
            challengeAnswer = null;
        }
    }

    /** Approves the payment at the PayPal-like provider (the test provider's approval). */
    public String approvePayPal() {
        try {
            return after(checkout.complete(accountId(), bookingId, "approve"));
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    /** Cancels the booking: a hold at once, a confirmed booking within the event's policy (refunded). */
    public String cancel() {
        try {
            Booking cancelled = checkout.cancel(accountId(), bookingId).booking();
            if (cancelled.status() != BookingStatus.REFUNDED) {
                FacesMessages.info("booking.cancelled", total);
            } else if (charges.refundsOf(bookingId).stream()
                    .anyMatch(refund -> refund.status() == RefundStatus.PENDING)) {
                // the provider gives the money back later: the refunds below say when it has
                FacesMessages.info("booking.refundOnItsWay", total);
            } else {
                FacesMessages.info("booking.refunded", total);
            }
            return again();
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    private String after(Checkout.Paid paid) {
        Payment payment = paid.payment();
        if (payment == null || payment.status() == PaymentStatus.SUCCEEDED) {
            FacesMessages.info("booking.confirmedMessage");
        } else if (payment.status() == PaymentStatus.DECLINED) {
            FacesMessages.error("booking.declined", declineReason(payment.declineCode()));
        } else if (paid.attempt() != null && "PROCESSING".equals(paid.attempt().challenge())) {
            FacesMessages.info("booking.paymentProcessing");
        } else if (paid.attempt() != null && paid.attempt().clientSecret() != null) {
            // the provider's form on the next page confirms it: the secret goes there, not into the address
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put(CLIENT_SECRET, paid.attempt().clientSecret());
        }
        return again();
    }

    /** The booking may have changed meanwhile (its hold ran out, say): the page shows it as it is now. */
    private String failed(BusinessException e) {
        FacesMessages.error(e);
        show();
        return null;
    }

    /** The same page again, by its address, with the messages of this action. */
    private String again() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/my/booking?faces-redirect=true&id=" + bookingId;
    }

    /** The provider's decline code in words; a code the page does not know is named as it is. */
    private static String declineReason(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String key = "booking.decline." + code;
        if (code != null
                && faces.getApplication().getResourceBundle(faces, "msg").containsKey(key)) {
            return FacesMessages.text(key);
        }
        return FacesMessages.text("booking.decline.other", code == null ? "" : code);
    }

    private PaymentDetails details() {
        PaymentMethod chosen =
                switch (method == null ? "" : method) {
                    case "PAYPAL" -> PaymentMethod.PAYPAL;
                    case "WALLET" -> PaymentMethod.WALLET;
                    default -> PaymentMethod.CARD;
                };
        if (browserConfirms) {
            return PaymentDetails.confirmedByProvider(chosen);
        }
        return switch (chosen) {
            case PAYPAL -> PaymentDetails.payPal(payerEmail);
            case WALLET -> PaymentDetails.wallet(walletToken);
            case CARD -> PaymentDetails.card(cardNumber, cardExpiry, cardCvc);
        };
    }

    /** The card's number and security code are not kept in the view, whatever happened. */
    private void forgetPaymentDetails() {
        cardNumber = null;
        cardCvc = null;
    }

    /** The account of this request's session: a view kept from before cannot act for another. */
    private long accountId() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getBookingId() {
        return bookingId;
    }

    public long getEventId() {
        return eventId;
    }

    public String getTitle() {
        return title;
    }

    /** The start in the venue's time, with its zone. */
    public String getStartsAt() {
        return startsAt;
    }

    public String getVenue() {
        return venue;
    }

    /** HELD, CONFIRMED, EXPIRED (also a hold that has run out but is not ended yet), CANCELLED, REFUNDED. */
    public String getStatus() {
        return status;
    }

    /** The status in words. */
    public String getStatusText() {
        return FacesMessages.text("booking.status." + status);
    }

    public String getTotal() {
        return total;
    }

    /** The tickets' prices together, VAT included. */
    public String getSubtotal() {
        return subtotal;
    }

    /** The service fee of one ticket, as charged at the hold. */
    public String getServiceFee() {
        return serviceFee;
    }

    /** The service fee of all tickets with a price. */
    public String getFees() {
        return fees;
    }

    /** How many tickets carry the service fee (those with a price). */
    public int getFeeTickets() {
        return feeTickets;
    }

    /** Whether the booking has a service fee: its total is then itemised. */
    public boolean isCharged() {
        return charged;
    }

    /** The VAT rate included in the ticket prices, as a number in the reader's language ("19", "7,5"). */
    public String getVatRate() {
        return vatRate;
    }

    /** The VAT contained in the ticket prices. */
    public String getTax() {
        return tax;
    }

    /** Whether the ticket prices include VAT (a rate above 0). */
    public boolean isTaxed() {
        return taxed;
    }

    /** The payment methods the event accepts, as the radio buttons offer them (CARD, PAYPAL, WALLET). */
    public List<String> getMethods() {
        return methods;
    }

    public boolean isFree() {
        return free;
    }

    /** Held and still running: it can be paid. */
    public boolean isHeld() {
        return held;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    /** The seconds the hold still runs, as the page was made. */
    public long getSecondsLeft() {
        return secondsLeft;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    /** Confirmed and paid: cancelling refunds it. */
    public boolean isRefundable() {
        return refundable;
    }

    /** Until how many hours before the start customers may cancel; null when they cannot. */
    public Integer getCancellationHours() {
        return cancellationHours;
    }

    /** Whether the provider's own form takes the payment details in the browser (Stripe): no card fields here. */
    public boolean isBrowserConfirms() {
        return browserConfirms;
    }

    /** The key for Stripe.js while a payment waits for the provider's form; null otherwise. */
    public String getPublishableKey() {
        return publishableKey;
    }

    /**
     * The client secret of the payment that the provider's form confirms, right after "Pay"; null
     * otherwise (reloaded, the customer pays again).
     */
    public String getClientSecret() {
        return clientSecret;
    }

    /** This page's absolute address, where the provider's form comes back to. */
    public String getReturnUrl() {
        return returnUrl;
    }

    /** The page's language for the provider's form ({@code en}, {@code de}). */
    public String getLocale() {
        return locale;
    }

    /** The provider's id of the payment, as its form gives it back on return; only its presence counts. */
    public String getPaymentIntent() {
        return paymentIntent;
    }

    public void setPaymentIntent(String paymentIntent) {
        this.paymentIntent = paymentIntent;
    }

    /** What the provider waits for: {@code 3DS}, {@code PAYPAL_APPROVAL}, {@code CONFIRM_IN_BROWSER}, or null. */
    public String getChallenge() {
        return challenge;
    }

    /** How a confirmed booking was paid ("Paid with Visa ending in 4242"), or null. */
    public String getPaidWith() {
        return paidWith;
    }

    public List<Line> getLines() {
        return lines;
    }

    /** The refunds of the booking's payment, oldest first. */
    public List<PaymentsBacking.RefundRow> getRefunds() {
        return refunds;
    }

    public List<TicketRow> getTickets() {
        return tickets;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getCardExpiry() {
        return cardExpiry;
    }

    public void setCardExpiry(String cardExpiry) {
        this.cardExpiry = cardExpiry;
    }

    public String getCardCvc() {
        return cardCvc;
    }

    public void setCardCvc(String cardCvc) {
        this.cardCvc = cardCvc;
    }

    public String getPayerEmail() {
        return payerEmail;
    }

    public void setPayerEmail(String payerEmail) {
        this.payerEmail = payerEmail;
    }

    public String getWalletToken() {
        return walletToken;
    }

    public void setWalletToken(String walletToken) {
        this.walletToken = walletToken;
    }

    public String getChallengeAnswer() {
        return challengeAnswer;
    }

    public void setChallengeAnswer(String challengeAnswer) {
        this.challengeAnswer = challengeAnswer;
    }
}
