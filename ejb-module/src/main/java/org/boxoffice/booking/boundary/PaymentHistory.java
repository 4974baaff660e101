package org.boxoffice.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.boundary.UnknownAccountException;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.booking.boundary.PaymentHistoryException.Reason;
import org.boxoffice.booking.control.ReceiptDocuments;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingLine;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.payment.boundary.Payments;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.ticket.control.SeatNames;

/**
 * The transaction history: the payments of bookings, newest first, each with its refunds and its
 * booking's event, as a customer (their own), an organizer (their organisation's events) or an
 * admin (all) may see them; and a paid payment's receipt as a PDF. It lives with the bookings,
 * which tie a payment to its event and so to the organisation that sold it.
 *
 * <p>The organisation is part of the query, so that another organisation's payment is never loaded
 * for an organizer, not loaded and then hidden; a payment that the asker may not see is not found,
 * as one that does not exist.
 */
@Stateless
public class PaymentHistory {

    /** A payment of the history, with the event of its booking and its refunds (oldest first). */
    public record Entry(Payment payment, long eventId, List<Refund> refunds) {}

    /** A receipt to draw, and the language to draw it in. */
    public record Receipt(ReceiptDocuments.Receipt receipt, Locale language) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Payments payments;

    @Inject
    Bookings bookings;

    @Inject
    Catalog catalog;

    @Inject
    OrganizerEvents organizerEvents;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    SeatNames seatNames;

    @Inject
    ReceiptDocuments documents;

    /**
     * A page of the payments in the scope, newest first.
     *
     * @param eventId only the payments of this event's bookings; null for all
     * @param accountId only this customer's payments, in scope {@code ALL} only; null for all
     * @param page 1 for the first
     * @throws PaymentHistoryException (forbidden) when the account lacks the scope's role
     * @throws UnknownEventException for an event that does not exist, or, in scope {@code
     *     ORGANISATION}, is not the organisation's
     * @throws UnknownAccountException for a customer that does not exist
     */
    public Page<Entry> list(Account viewer, PaymentScope scope, Long eventId, Long accountId, int page, int size) {
        if (!scope.isOpenTo(viewer)) {
            throw new PaymentHistoryException(Reason.SCOPE_FORBIDDEN, scope.parameter());
        }
        if (accountId != null && scope != PaymentScope.ALL) {
            throw new IllegalArgumentException("only scope ALL lists another account's payments");
        }
        StringBuilder from = new StringBuilder(" from Payment p, Booking b");
        StringBuilder where = new StringBuilder(" where b.id = p.bookingId");
        Map<String, Object> parameters = new HashMap<>();
        switch (scope) {
            case MINE -> {
                where.append(" and p.accountId = :viewer");
                parameters.put("viewer", viewer.id());
                if (eventId != null) {
                    catalog.findEvent(eventId).orElseThrow(() -> new UnknownEventException(eventId));
                }
            }
            case ORGANISATION -> {
                if (eventId != null) {
                    organizerEvents.get(viewer, eventId); // another organisation's event is not found
                }
                Optional<Long> organisation = viewer.organisationAsOrganizer();
                if (organisation.isEmpty()) {
                    return new Page<>(List.of(), page, size, 0);
                }
                from.append(", Event e");
                where.append(" and e.id = b.eventId and e.organisationId = :organisation");
                parameters.put("organisation", organisation.get());
            }
            case ALL -> {
                if (eventId != null) {
                    catalog.findEvent(eventId).orElseThrow(() -> new UnknownEventException(eventId));
                }
                if (accountId != null) {
                    accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
                    where.append(" and p.accountId = :account");
                    parameters.put("account", accountId);
                }
            }
        }
        if (eventId != null) {
            where.append(" and b.eventId = :event");
            parameters.put("event", eventId);
        }
        TypedQuery<Long> count = em.createQuery("select count(p)" + from + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery(
                "select p, b.eventId" + from + where + " order by p.createdAt desc, p.id desc", Object[].class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Object[]> found =
                rows.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        List<Long> ids = found.stream().map(row -> ((Payment) row[0]).id()).toList();
        Map<Long, List<Refund>> refunds = payments.refundsOf(ids);
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : found) {
            Payment payment = (Payment) row[0];
            entries.add(new Entry(payment, (Long) row[1], refunds.getOrDefault(payment.id(), List.of())));
        }
        return new Page<>(entries, page, size, total);
    }

    /**
     * The receipt of a paid payment (succeeded, or refunded in part or in full) as a PDF, in the
     * first of the preferred languages that receipts are printed in, else the payer's own.
     *
     * @param scopes the scopes the asker asks in: a payment is found when one of them covers it
     *     ({@link PaymentScope#covers})
     * @throws PaymentHistoryException (not found) when no such payment is in the scopes; (conflict)
     *     when it took no money
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] receipt(Account viewer, Collection<PaymentScope> scopes, long paymentId, List<Locale> preferred) {
        Receipt receipt =
                context.getBusinessObject(PaymentHistory.class).receiptOf(viewer, scopes, paymentId, preferred);
        return documents.pdf(receipt.receipt(), receipt.language());
    }

    /**
     * What the receipt shows, read in one transaction that writes nothing; the PDF is drawn after
     * it, so that no database connection waits for the drawing. Throws as {@link #receipt}.
     */
    public Receipt receiptOf(Account viewer, Collection<PaymentScope> scopes, long paymentId, List<Locale> preferred) {
        Payment payment = payments.find(paymentId)
                .orElseThrow(() -> new PaymentHistoryException(Reason.UNKNOWN, String.valueOf(paymentId)));
        Booking booking = bookings.find(payment.accountId(), payment.bookingId())
                .orElseThrow(() -> new PaymentHistoryException(Reason.UNKNOWN, String.valueOf(paymentId)));
        Event event = catalog.getEvent(booking.eventId());
        if (scopes.stream().noneMatch(scope -> scope.covers(viewer, payment.accountId(), event.organisationId()))) {
            throw new PaymentHistoryException(Reason.UNKNOWN, String.valueOf(paymentId));
        }
        if (!payment.status().isPaid()) {
            throw new PaymentHistoryException(Reason.NOT_PAID, String.valueOf(paymentId));
        }
        Optional<Account> payer = accounts.find(payment.accountId());
        Locale language = ReceiptDocuments.language(preferred)
                .or(() -> payer.flatMap(account -> ReceiptDocuments.language(List.of(account.language()))))
                .orElse(ReceiptDocuments.LANGUAGES.get(0));
        ZoneId zone = event.venue().zone();

        Map<Long, String> types = new HashMap<>();
        for (TicketType type : event.ticketTypes()) {
            types.put(type.id(), type.name());
        }
        Map<Long, String> seats = seatNames.ofSeats(
                booking.lines().stream().map(BookingLine::seatId).toList(), language);
        List<ReceiptDocuments.Line> lines = new ArrayList<>();
        for (BookingLine line : booking.lines()) {
            lines.add(new ReceiptDocuments.Line(
                    types.get(line.ticketTypeId()),
                    line.isSeat() ? seats.getOrDefault(line.seatId(), "#" + line.seatId()) : null,
                    line.quantity(),
                    Money.of(line.amount(), line.unitPrice().currency())));
        }
        List<ReceiptDocuments.Refund> refunds = new ArrayList<>();
        for (Refund refund : payments.refundsOf(List.of(payment.id())).getOrDefault(payment.id(), List.of())) {
            refunds.add(new ReceiptDocuments.Refund(
                    refund.createdAt().atZoneSameInstant(zone), refund.amount(), refund.status(), refund.reason()));
        }
        String venue = event.venue().name() + "\n"
                + (event.venue().address() == null
                        ? event.venue().city()
                        : event.venue().address() + ", " + event.venue().city());
        return new Receipt(
                new ReceiptDocuments.Receipt(
                        event.organisationId()
                                .flatMap(organisations::find)
                                .map(Organisation::name)
                                .orElse(null),
                        payer.map(Account::displayName).orElse(null),
                        event.title(),
                        venue,
                        event.startsAt(),
                        String.valueOf(booking.id()),
                        payment.createdAt().atZoneSameInstant(zone),
                        lines,
                        new ReceiptDocuments.Charges(
                                booking.subtotal(),
                                booking.serviceFee(),
                                booking.feeTickets(),
                                booking.fees(),
                                booking.vatRate(),
                                booking.tax()),
                        payment.amount(),
                        new ReceiptDocuments.Method(payment.method(), payment.cardBrand(), payment.cardLast4()),
                        payment.reference(),
                        refunds,
                        refunds.isEmpty() ? null : payment.refunded()),
                language);
    }
}
