package org.boxoffice.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.boxoffice.platform.entity.Money;

/**
 * One attempt to pay a booking: its method, amount, the provider's reference, and how it ended.
 * Only a card's brand and last four digits are kept.
 */
@Entity
@Table(name = "payment")
@NamedQuery(
        name = Payment.OF_BOOKING,
        query = "select p from Payment p where p.bookingId = :booking and p.status = :status order by p.id")
@NamedQuery(
        name = Payment.BY_PROVIDER_REFERENCE,
        query = "select p from Payment p where p.provider = :provider and p.providerReference = :reference")
public class Payment {

    public static final String OF_BOOKING = "Payment.ofBooking";
    public static final String BY_PROVIDER_REFERENCE = "Payment.byProviderReference";

    /** Our reference of an attempt at the provider, its idempotency key: {@code payment-<id>}. */
    private static final String REFERENCE_PREFIX = "payment-";

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private Long bookingId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Embedded
    private Money amount;

    @Column(nullable = false, length = 20)
    private String provider;

    @Column(name = "provider_reference", length = 100)
    private String providerReference;

    @Column(name = "card_brand", length = 20)
    private String cardBrand;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "decline_code", length = 40)
    private String declineCode;

    @Column(name = "refunded_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Payment() {}

    /**
     * An attempt begun, {@link PaymentStatus#PENDING} until the provider answers; its outcome is set
     * by one of the methods below.
     */
    public static Payment begin(
            long bookingId,
            long accountId,
            PaymentMethod method,
            Money amount,
            String provider,
            String cardBrand,
            String cardLast4,
            OffsetDateTime now) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("nothing to pay: a free booking is confirmed without payment");
        }
        Payment payment = new Payment();
        payment.bookingId = bookingId;
        payment.accountId = accountId;
        payment.method = method;
        payment.amount = amount;
        payment.provider = provider;
        payment.cardBrand = cardBrand;
        payment.cardLast4 = cardLast4;
        payment.status = PaymentStatus.PENDING;
        payment.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        payment.changedAt = payment.createdAt;
        return payment;
    }

    /** Our reference of this attempt at the provider ({@code payment-<id>}), its idempotency key. */
    public String reference() {
        return REFERENCE_PREFIX + id;
    }

    /** The id in one of our references, or empty for a reference that is not ours. */
    public static Optional<Long> idOf(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(reference.substring(REFERENCE_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The provider waits for the customer (a challenge, the browser's confirmation). */
    public void requireAction(String reference, OffsetDateTime now) {
        requireOpen();
        providerReference = reference;
        moveTo(PaymentStatus.REQUIRES_ACTION, now);
    }

    /**
     * The provider took the money. The provider's word counts even for an attempt given up here
     * (abandoned when the hold ended, declined before a successful retry in the browser): the money
     * is ours, and the booking decides whether it keeps it.
     *
     * @return false when the payment had succeeded already (nothing changed)
     */
    public boolean succeed(String reference, OffsetDateTime now) {
        if (status.isPaid()) {
            return false;
        }
        if (reference != null) {
            providerReference = reference;
        }
        declineCode = null;
        moveTo(PaymentStatus.SUCCEEDED, now);
        return true;
    }

    /**
     * The provider declined. Ignored for a payment that succeeded already (a late or out-of-order
     * report of an earlier failed try).
     *
     * @return whether the payment changed
     */
    public boolean decline(String reference, String code, OffsetDateTime now) {
        if (!status.isOpen()) {
            return false;
        }
        if (reference != null) {
            providerReference = reference;
        }
        declineCode = code;
        moveTo(PaymentStatus.DECLINED, now);
        return true;
    }

    /** A newer attempt, or the end of the hold, replaced this one while it waited for the customer. */
    public void abandon(OffsetDateTime now) {
        requireOpen();
        moveTo(PaymentStatus.ABANDONED, now);
    }

    /** What may still go back: the amount paid less what was refunded. */
    public Money refundable() {
        if (!status.isPaid()) {
            return Money.of(BigDecimal.ZERO, amount.currency());
        }
        return Money.of(amount.amount().subtract(refundedAmount), amount.currency());
    }

    /** What went back so far. */
    public Money refunded() {
        return Money.of(refundedAmount, amount.currency());
    }

    /**
     * Some or all of the money went back.
     *
     * @throws IllegalStateException for a payment that was not paid, or more than is refundable
     */
    public void refunded(Money part, OffsetDateTime now) {
        if (!part.currency().equals(amount.currency())
                || part.amount().compareTo(refundable().amount()) > 0) {
            throw new IllegalStateException(
                    "payment " + id + " cannot refund " + part + ": " + refundable() + " is refundable");
        }
        refundedAmount = refundedAmount.add(part.amount());
        moveTo(
                refundedAmount.compareTo(amount.amount()) == 0
                        ? PaymentStatus.REFUNDED
                        : PaymentStatus.PARTIALLY_REFUNDED,
                now);
    }

    /** A refund's money did not go back after all: it counts as refundable again. */
    public void refundFailed(Money part, OffsetDateTime now) {
        refundedAmount = refundedAmount.subtract(part.amount()).max(BigDecimal.ZERO);
        moveTo(refundedAmount.signum() == 0 ? PaymentStatus.SUCCEEDED : PaymentStatus.PARTIALLY_REFUNDED, now);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("payment " + id + " has ended: " + status);
        }
    }

    private void moveTo(PaymentStatus next, OffsetDateTime now) {
        status = next;
        changedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long bookingId() {
        return bookingId;
    }

    public Long accountId() {
        return accountId;
    }

    public PaymentMethod method() {
        return method;
    }

    public PaymentStatus status() {
        return status;
    }

    public Money amount() {
        return amount;
    }

    public String provider() {
        return provider;
    }

    public String providerReference() {
        return providerReference;
    }

    public String cardBrand() {
        return cardBrand;
    }

    public String cardLast4() {
        return cardLast4;
    }

    public String declineCode() {
        return declineCode;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
