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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        name = Payment.OF_ACCOUNT,
        query = "select p from Payment p where p.accountId = :account order by p.id desc")
@NamedQuery(name = Payment.COUNT_OF_ACCOUNT, query = "select count(p) from Payment p where p.accountId = :account")
public class Payment {

    public static final String OF_BOOKING = "Payment.ofBooking";
    public static final String OF_ACCOUNT = "Payment.ofAccount";
    public static final String COUNT_OF_ACCOUNT = "Payment.countOfAccount";

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
    @Column(nullable = false, length = 16)
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

    @Column(name = "refund_reference", length = 100)
    private String refundReference;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Payment() {}

    /** An attempt begun, before the provider answers; its outcome is set by one of the methods below. */
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
        payment.status = PaymentStatus.REQUIRES_ACTION;
        payment.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        payment.changedAt = payment.createdAt;
        return payment;
    }

    public void requireAction(String reference, OffsetDateTime now) {
        providerReference = reference;
        moveTo(PaymentStatus.REQUIRES_ACTION, now);
    }

    public void succeed(String reference, OffsetDateTime now) {
        requireOpen();
        providerReference = reference;
        moveTo(PaymentStatus.SUCCEEDED, now);
    }

    public void decline(String reference, String code, OffsetDateTime now) {
        requireOpen();
        providerReference = reference;
        declineCode = code;
        moveTo(PaymentStatus.DECLINED, now);
    }

    /** A newer attempt, or the end of the hold, replaced this one while it waited for the customer. */
    public void abandon(OffsetDateTime now) {
        requireOpen();
        moveTo(PaymentStatus.ABANDONED, now);
    }

    /** The money went back to the customer. */
    public void refunded(String reference, OffsetDateTime now) {
        if (status != PaymentStatus.SUCCEEDED) {
            throw new IllegalStateException("payment " + id + " is " + status + ": only a succeeded one is refunded");
        }
        refundReference = reference;
        moveTo(PaymentStatus.REFUNDED, now);
    }

    private void requireOpen() {
        if (status != PaymentStatus.REQUIRES_ACTION) {
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
