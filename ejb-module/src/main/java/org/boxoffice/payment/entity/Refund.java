package org.boxoffice.payment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.boxoffice.platform.entity.Money;

/**
 * Money given back from a succeeded payment, in full or in part, with the tickets it cancelled.
 * Asked for once per {@link #reference()}, our idempotency key at the provider.
 */
@Entity
@Table(name = "refund")
@NamedQuery(name = Refund.BY_REFERENCE, query = "select r from Refund r where r.reference = :reference")
@NamedQuery(name = Refund.OF_BOOKING, query = "select r from Refund r where r.bookingId = :booking order by r.id")
@NamedQuery(
        name = Refund.BY_PROVIDER_REFERENCE,
        query = "select r from Refund r where r.providerReference = :reference")
public class Refund {

    public static final String BY_REFERENCE = "Refund.byReference";
    public static final String OF_BOOKING = "Refund.ofBooking";
    public static final String BY_PROVIDER_REFERENCE = "Refund.byProviderReference";

    @Id
    @SequenceGenerator(name = "refund_seq", sequenceName = "refund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private Long paymentId;

    @Column(name = "booking_id", nullable = false)
    private Long bookingId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Embedded
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RefundStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RefundReason reason;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "provider_reference", length = 100)
    private String providerReference;

    @Column(name = "requested_by")
    private Long requestedBy;

    @ElementCollection
    @CollectionTable(name = "refund_ticket", joinColumns = @JoinColumn(name = "refund_id"))
    @Column(name = "ticket_id")
    private List<Long> ticketIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Refund() {}

    /**
     * A refund asked for, {@link RefundStatus#PENDING} until the provider says that the money went
     * back (its answer, or later its webhook).
     *
     * @param requestedBy the admin who asked for it; null for the customer's own or the platform's
     */
    public static Refund of(
            Payment payment,
            Money amount,
            RefundReason reason,
            String reference,
            Long requestedBy,
            Collection<Long> ticketIds,
            OffsetDateTime now) {
        Refund refund = new Refund();
        refund.paymentId = payment.id();
        refund.bookingId = payment.bookingId();
        refund.accountId = payment.accountId();
        refund.amount = amount;
        refund.reason = reason;
        refund.reference = reference;
        refund.requestedBy = requestedBy;
        refund.ticketIds = new ArrayList<>(ticketIds);
        refund.status = RefundStatus.PENDING;
        refund.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        refund.changedAt = refund.createdAt;
        return refund;
    }

    /**
     * The provider accepted the refund and has not carried it out yet: it stays {@link
     * RefundStatus#PENDING}, found again by the provider's reference when the webhook tells how it
     * ended.
     */
    public void accepted(String providerReference, OffsetDateTime now) {
        if (status != RefundStatus.PENDING) {
            throw new IllegalStateException("refund " + id + " has ended: " + status);
        }
        this.providerReference = providerReference;
        changedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The money went back: the refund SUCCEEDED and its payment counts it as refunded. Only a
     * pending refund succeeds: a report that comes after the refund succeeded (a second webhook) or
     * failed (events arrive out of order; a failed refund stays failed at the provider) changes
     * nothing.
     *
     * @param payment this refund's payment
     * @param providerReference the provider's id of the refund; null keeps the one it has
     * @return whether it changed
     */
    public boolean wentBack(Payment payment, String providerReference, OffsetDateTime now) {
        requireOf(payment);
        if (status != RefundStatus.PENDING) {
            return false;
        }
        if (providerReference != null) {
            this.providerReference = providerReference;
        }
        status = RefundStatus.SUCCEEDED;
        changedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        payment.refunded(amount, now);
        return true;
    }

    /**
     * The provider reports that the money of a refund it had accepted did not go back, while it was
     * pending or after it succeeded: the refund is FAILED, and its amount is refundable again (a
     * succeeded one's is taken off what its payment refunded). Reported again it changes nothing.
     *
     * @param payment this refund's payment
     * @return whether it changed
     */
    public boolean didNotGoBack(Payment payment, OffsetDateTime now) {
        requireOf(payment);
        if (status == RefundStatus.FAILED) {
            return false;
        }
        if (status == RefundStatus.SUCCEEDED) {
            payment.refundFailed(amount, now);
        }
        status = RefundStatus.FAILED;
        changedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        return true;
    }

    private void requireOf(Payment payment) {
        if (!Objects.equals(paymentId, payment.id())) {
            throw new IllegalArgumentException(
                    "refund " + id + " is of payment " + paymentId + ", not " + payment.id());
        }
    }

    public Long id() {
        return id;
    }

    public Long paymentId() {
        return paymentId;
    }

    public Long bookingId() {
        return bookingId;
    }

    public Long accountId() {
        return accountId;
    }

    public Money amount() {
        return amount;
    }

    public RefundStatus status() {
        return status;
    }

    public RefundReason reason() {
        return reason;
    }

    public String reference() {
        return reference;
    }

    public String providerReference() {
        return providerReference;
    }

    public Long requestedBy() {
        return requestedBy;
    }

    public List<Long> ticketIds() {
        return List.copyOf(ticketIds);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
