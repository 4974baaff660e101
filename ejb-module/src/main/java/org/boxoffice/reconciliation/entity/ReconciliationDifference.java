package org.boxoffice.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import org.boxoffice.platform.entity.CurrencyConverter;
import org.boxoffice.platform.entity.Money;

/**
 * One difference a run found, with the ids of our rows as they were then and both sides' amounts,
 * each in its own currency, and what the run did about it.
 */
@Entity
@Table(name = "reconciliation_difference")
@NamedQuery(
        name = ReconciliationDifference.OF_RUN,
        query = "select d from ReconciliationDifference d where d.runId = :run order by d.id")
@NamedQuery(
        name = ReconciliationDifference.COUNT_OF_RUN,
        query = "select count(d) from ReconciliationDifference d where d.runId = :run")
@NamedQuery(
        name = ReconciliationDifference.RESOLVED_OF_RUN,
        query = "select count(d) from ReconciliationDifference d where d.runId = :run and d.resolution in :resolved")
public class ReconciliationDifference {

    public static final String OF_RUN = "ReconciliationDifference.ofRun";
    public static final String COUNT_OF_RUN = "ReconciliationDifference.countOfRun";
    public static final String RESOLVED_OF_RUN = "ReconciliationDifference.resolvedOfRun";

    private static final int DETAIL_LENGTH = 500;

    @Id
    @SequenceGenerator(
            name = "reconciliation_difference_seq",
            sequenceName = "reconciliation_difference_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_difference_seq")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DifferenceKind kind;

    @Column(name = "payment_id")
    private Long paymentId;

    @Column(name = "refund_id")
    private Long refundId;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "provider_reference", length = 100)
    private String providerReference;

    @Column(name = "our_amount", precision = 12, scale = 2)
    private BigDecimal ourAmount;

    @Convert(converter = CurrencyConverter.class)
    @Column(name = "our_currency", length = 3)
    private Currency ourCurrency;

    @Column(name = "provider_amount", precision = 12, scale = 2)
    private BigDecimal providerAmount;

    @Convert(converter = CurrencyConverter.class)
    @Column(name = "provider_currency", length = 3)
    private Currency providerCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Resolution resolution;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "found_at", nullable = false)
    private OffsetDateTime foundAt;

    protected ReconciliationDifference() {}

    /**
     * @param ours our amount, null when we have no row
     * @param theirs the provider's amount, null when the provider has no record
     * @param detail what a reader needs to know besides the kind, in English; null for nothing
     */
    public ReconciliationDifference(
            long runId,
            DifferenceKind kind,
            Long paymentId,
            Long refundId,
            Long bookingId,
            String providerReference,
            Money ours,
            Money theirs,
            Resolution resolution,
            String detail,
            OffsetDateTime now) {
        this.runId = runId;
        this.kind = kind;
        this.paymentId = paymentId;
        this.refundId = refundId;
        this.bookingId = bookingId;
        this.providerReference = providerReference;
        if (ours != null) {
            this.ourAmount = ours.amount();
            this.ourCurrency = ours.currency();
        }
        if (theirs != null) {
            this.providerAmount = theirs.amount();
            this.providerCurrency = theirs.currency();
        }
        this.resolution = resolution;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.foundAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public DifferenceKind kind() {
        return kind;
    }

    public Long paymentId() {
        return paymentId;
    }

    public Long refundId() {
        return refundId;
    }

    public Long bookingId() {
        return bookingId;
    }

    public String providerReference() {
        return providerReference;
    }

    /** Our amount, or null when we have no row. */
    public Money ours() {
        return ourAmount == null ? null : Money.of(ourAmount, ourCurrency);
    }

    /** The provider's amount, or null when the provider has no record. */
    public Money theirs() {
        return providerAmount == null ? null : Money.of(providerAmount, providerCurrency);
    }

    public Resolution resolution() {
        return resolution;
    }

    public String detail() {
        return detail;
    }

    public OffsetDateTime foundAt() {
        return foundAt;
    }
}
