package org.boxoffice.booking.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.boxoffice.booking.entity.InvalidBookingStateException.Change;
import org.boxoffice.platform.entity.Money;

/**
 * A customer's booking of one event, and its state machine:
 *
 * <pre>
 * HELD ──confirm (before expiresAt)──▶ CONFIRMED ──refund (paid)──▶ REFUNDED
 *   │ └──expire (at or after expiresAt)──▶ EXPIRED      └──cancel (free)──▶ CANCELLED
 *   └──cancel──▶ CANCELLED
 * </pre>
 *
 * Every change is a method here that checks the state it starts from; the boundary releases the
 * inventory of a booking that reaches EXPIRED, CANCELLED or REFUNDED in the same transaction.
 */
@Entity
@Table(name = "booking")
@NamedQuery(
        name = Booking.BY_KEY,
        query = "select b from Booking b where b.accountId = :account and b.idempotencyKey = :key")
@NamedQuery(
        name = Booking.OF_ACCOUNT,
        query = "select b from Booking b where b.accountId = :account order by b.createdAt desc, b.id desc")
@NamedQuery(name = Booking.COUNT_OF_ACCOUNT, query = "select count(b) from Booking b where b.accountId = :account")
public class Booking {

    public static final String BY_KEY = "Booking.byKey";
    public static final String OF_ACCOUNT = "Booking.ofAccount";
    public static final String COUNT_OF_ACCOUNT = "Booking.countOfAccount";

    /** The sequence of booking ids (V22: start with and increment by {@link #ID_BLOCK}). */
    public static final String ID_SEQUENCE = "booking_seq";

    /** How many ids one call of the id sequence stands for: its increment. */
    public static final int ID_BLOCK = 50;

    /** Set by {@link #identify} on the hold's path; EclipseLink numbers a booking persisted without one. */
    @Id
    @SequenceGenerator(name = ID_SEQUENCE, sequenceName = ID_SEQUENCE, allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = ID_SEQUENCE)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BookingStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
    private Money total;

    /**
     * The service fee of one ticket in the total's currency, as the organisation charged it when
     * the tickets were held: a later change of the fee does not change the booking.
     */
    @Column(name = "service_fee", nullable = false, precision = 12, scale = 3)
    private BigDecimal serviceFee = BigDecimal.ZERO;

    /** The VAT rate included in the ticket prices when they were held, in percent. */
    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate = BigDecimal.ZERO;

    /** The VAT contained in the ticket prices, in the total's currency, computed at the hold. */
    @Column(name = "tax_amount", nullable = false, precision = 12, scale = 3)
    private BigDecimal taxAmount = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    /** When the booking was confirmed, expired, cancelled or refunded: its last change. */
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    /** The client's Idempotency-Key of the request that made the booking. */
    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    /** A SHA-256 (hex) of that request: the same key with another request is refused. */
    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<BookingLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Booking() {}

    /**
     * A new hold of the lines' inventory for a customer, until {@code now + holdFor}.
     *
     * @throws InvalidBookingException without lines, or with prices in more than one currency
     */
    public static Booking hold(
            long accountId, long eventId, List<BookingLine> lines, OffsetDateTime now, Duration holdFor) {
        if (lines.isEmpty()) {
            throw new InvalidBookingException("no-lines");
        }
        Set<Currency> currencies =
                lines.stream().map(line -> line.unitPrice().currency()).collect(Collectors.toSet());
        if (currencies.size() > 1) {
            throw new InvalidBookingException(
                    "currencies",
                    currencies.stream().map(Currency::getCurrencyCode).sorted().collect(Collectors.joining(", ")));
        }
        Booking booking = new Booking();
        booking.accountId = accountId;
        booking.eventId = eventId;
        booking.status = BookingStatus.HELD;
        booking.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        booking.changedAt = booking.createdAt;
        booking.expiresAt = booking.createdAt.plus(holdFor);
        BigDecimal sum = lines.stream().map(BookingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        booking.total = Money.of(sum, currencies.iterator().next());
        for (BookingLine line : lines) {
            line.belongTo(booking);
            booking.lines.add(line);
        }
        return booking;
    }

    /**
     * Adds the service fee of each ticket with a price ({@link #feeTickets()}) to the total of a new
     * hold, and notes the VAT its ticket prices contain (the fee carries none of the event's VAT).
     * Amounts are in the total's currency, already rounded to its digits ({@code
     * booking.control.Pricing}).
     *
     * @throws IllegalStateException for a booking that is stored already
     * @throws IllegalArgumentException for an amount in another currency, or a tax above the subtotal
     */
    public void charge(Money feePerTicket, BigDecimal rate, Money tax) {
        if (id != null) {
            throw new IllegalStateException("booking " + id + " was charged at its hold");
        }
        Currency currency = total.currency();
        if (!feePerTicket.currency().equals(currency) || !tax.currency().equals(currency)) {
            throw new IllegalArgumentException("a booking in " + currency + " is charged in " + currency);
        }
        BigDecimal subtotal = subtotal().amount();
        if (tax.amount().compareTo(subtotal) > 0) {
            throw new IllegalArgumentException("the tax " + tax + " is more than the tickets cost: " + subtotal);
        }
        this.serviceFee = feePerTicket.amount();
        this.vatRate = rate;
        this.taxAmount = tax.amount();
        this.total = Money.of(subtotal.add(fees().amount()), currency);
    }

    /** The request that made this booking, so that a retry of it finds the booking instead of booking again. */
    public void rememberRequest(String key, String hash) {
        this.idempotencyKey = key;
        this.requestHash = hash;
    }

    public String requestHash() {
        return requestHash;
    }

    /** Whether the hold has run out at {@code now} (a held booking can then only expire). */
    public boolean isExpiredAt(OffsetDateTime now) {
        return status == BookingStatus.HELD && !now.isBefore(expiresAt);
    }

    /**
     * Paid, or free: the booking is the customer's for good.
     *
     * @throws HoldExpiredException when the hold ran out first (nothing may be charged)
     * @throws InvalidBookingStateException when the booking is not held
     */
    public void confirm(OffsetDateTime now) {
        require(BookingStatus.HELD, Change.CONFIRM);
        if (isExpiredAt(now)) {
            throw new HoldExpiredException(id == null ? 0 : id);
        }
        moveTo(BookingStatus.CONFIRMED, now);
    }

    /**
     * The hold ran out: the expiry timer's change.
     *
     * @throws InvalidBookingStateException when the booking is not held or its hold runs still
     */
    public void expire(OffsetDateTime now) {
        require(BookingStatus.HELD, Change.EXPIRE);
        if (!isExpiredAt(now)) {
            throw new InvalidBookingStateException(status, Change.EXPIRE);
        }
        moveTo(BookingStatus.EXPIRED, now);
    }

    /**
     * Given up: a hold before payment, or a confirmed booking that cost nothing. A paid booking is
     * {@linkplain #refund refunded} instead, so that its money goes back.
     *
     * @throws InvalidBookingStateException otherwise
     */
    public void cancel(OffsetDateTime now) {
        boolean freeAndConfirmed = status == BookingStatus.CONFIRMED && total.isZero();
        if (status != BookingStatus.HELD && !freeAndConfirmed) {
            throw new InvalidBookingStateException(status, Change.CANCEL);
        }
        moveTo(BookingStatus.CANCELLED, now);
    }

    /**
     * A paid booking cancelled, its money given back (the payment boundary refunds first).
     *
     * @throws InvalidBookingStateException when the booking is not confirmed or cost nothing
     */
    public void refund(OffsetDateTime now) {
        if (status != BookingStatus.CONFIRMED || total.isZero()) {
            throw new InvalidBookingStateException(status, Change.REFUND);
        }
        moveTo(BookingStatus.REFUNDED, now);
    }

    private void require(BookingStatus expected, Change change) {
        if (status != expected) {
            throw new InvalidBookingStateException(status, change);
        }
    }

    private void moveTo(BookingStatus next, OffsetDateTime now) {
        status = next;
        changedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Whether the booking's inventory is on sale again (it ended without the customer keeping it). */
    public boolean hasReleasedInventory() {
        return status.isFinal();
    }

    /**
     * Gives the new booking and its lines their ids before it is persisted, so that EclipseLink's
     * sequencing (one lock for every id) stays off the hold's path ({@code SequenceIds}).
     *
     * @throws IllegalStateException for a booking that has an id already
     */
    public void identify(LongSupplier bookingIds, LongSupplier lineIds) {
        if (id != null) {
            throw new IllegalStateException("booking " + id + " has its id already");
        }
        id = bookingIds.getAsLong();
        lines.forEach(line -> line.identify(lineIds.getAsLong()));
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Long eventId() {
        return eventId;
    }

    public BookingStatus status() {
        return status;
    }

    /** What the customer pays: the tickets' prices and the service fee of each ticket. */
    public Money total() {
        return total;
    }

    /** The tickets' prices together, VAT included, without the service fee. */
    public Money subtotal() {
        return Money.of(
                lines.stream().map(BookingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add), total.currency());
    }

    /** The service fee of one ticket, as charged at the hold (0 when none was). */
    public Money serviceFee() {
        return money(serviceFee);
    }

    /**
     * The service fee of all the booking's tickets that have a price: {@link #serviceFee()} times
     * {@link #feeTickets()}.
     */
    public Money fees() {
        return money(serviceFee.multiply(BigDecimal.valueOf(feeTickets())));
    }

    /** The tickets that carry the service fee: those with a price (a free ticket carries none). */
    public int feeTickets() {
        return lines.stream()
                .filter(line -> line.unitPrice().amount().signum() > 0)
                .mapToInt(BookingLine::quantity)
                .sum();
    }

    /** The VAT rate included in the ticket prices at the hold, in percent with 2 decimals. */
    public BigDecimal vatRate() {
        return vatRate.setScale(2, RoundingMode.HALF_UP);
    }

    /** The VAT contained in the ticket prices, as computed at the hold. */
    public Money tax() {
        return money(taxAmount);
    }

    /** An amount in the total's currency, at its digits (the columns keep 3 decimals for every currency). */
    private Money money(BigDecimal amount) {
        return Money.of(amount, total.currency());
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public List<BookingLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    /** The number of tickets the booking is for. */
    public int tickets() {
        return lines.stream().mapToInt(BookingLine::quantity).sum();
    }
}
