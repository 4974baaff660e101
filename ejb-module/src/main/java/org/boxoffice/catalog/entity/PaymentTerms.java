package org.boxoffice.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.payment.entity.PaymentMethod;

/**
 * How an event's tickets are paid for: the VAT rate included in their prices (0 to 100 percent,
 * two decimals) and the payment methods the event accepts (at least one; all three unless the
 * organizer chose otherwise). A value: a change is a new one.
 */
@Embeddable
public class PaymentTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No VAT in the prices, every method accepted: what an event has until its organizer says otherwise. */
    public static final PaymentTerms DEFAULT = new PaymentTerms(BigDecimal.ZERO, EnumSet.allOf(PaymentMethod.class));

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "accepts_card", nullable = false)
    private boolean card;

    @Column(name = "accepts_paypal", nullable = false)
    private boolean payPal;

    @Column(name = "accepts_wallet", nullable = false)
    private boolean wallet;

    protected PaymentTerms() {}

    private PaymentTerms(BigDecimal vatRate, Set<PaymentMethod> methods) {
        this.vatRate = vatRate.setScale(2, RoundingMode.UNNECESSARY);
        this.card = methods.contains(PaymentMethod.CARD);
        this.payPal = methods.contains(PaymentMethod.PAYPAL);
        this.wallet = methods.contains(PaymentMethod.WALLET);
    }

    /**
     * Terms of a VAT rate and the methods accepted.
     *
     * @param vatRate in percent, such as 19.00; null for 0
     * @param methods the methods accepted; null for all of them
     * @throws InvalidEventException for a rate below 0, above 100 or with more than 2 decimals, or
     *     no method at all
     */
    public static PaymentTerms of(BigDecimal vatRate, Collection<PaymentMethod> methods) {
        BigDecimal rate = vatRate == null ? BigDecimal.ZERO : vatRate;
        if (rate.signum() < 0
                || rate.compareTo(HUNDRED) > 0
                || rate.stripTrailingZeros().scale() > 2) {
            throw new InvalidEventException(
                    "a VAT rate is 0 to 100 percent with at most 2 decimals (vatRate), not " + rate.toPlainString());
        }
        Set<PaymentMethod> accepted =
                methods == null ? EnumSet.allOf(PaymentMethod.class) : EnumSet.noneOf(PaymentMethod.class);
        if (methods != null) {
            methods.stream().filter(Objects::nonNull).forEach(accepted::add);
        }
        if (accepted.isEmpty()) {
            throw new InvalidEventException("an event accepts at least one payment method (paymentMethods)");
        }
        return new PaymentTerms(rate, accepted);
    }

    /**
     * Terms of a VAT rate and the methods accepted, named as the API and the pages write them.
     *
     * @param methodNames CARD, PAYPAL, WALLET in any case; null for all of them
     * @throws InvalidEventException for a rate out of bounds, an unknown method or none at all
     */
    public static PaymentTerms named(BigDecimal vatRate, Collection<String> methodNames) {
        if (methodNames == null) {
            return of(vatRate, null);
        }
        Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        for (String name : methodNames) {
            String wanted = name == null ? "" : name.strip();
            methods.add(Arrays.stream(PaymentMethod.values())
                    .filter(method -> method.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> new InvalidEventException(
                            "the payment methods (paymentMethods) are CARD, PAYPAL and WALLET, not "
                                    + (wanted.length() > 20 ? wanted.substring(0, 20) + "…" : wanted))));
        }
        return of(vatRate, methods);
    }

    /** The VAT rate included in the ticket prices, in percent with 2 decimals (0.00 for none). */
    public BigDecimal vatRate() {
        return vatRate.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The methods the event accepts, in their order (CARD, PAYPAL, WALLET). */
    public Set<PaymentMethod> methods() {
        Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        if (card) {
            methods.add(PaymentMethod.CARD);
        }
        if (payPal) {
            methods.add(PaymentMethod.PAYPAL);
        }
        if (wallet) {
            methods.add(PaymentMethod.WALLET);
        }
        return methods;
    }

    public boolean accepts(PaymentMethod method) {
        return methods().contains(method);
    }

    /**
     * @throws PaymentMethodNotOfferedException when the event does not accept {@code method}; a
     *     missing method (null) passes, for the payment's own check to name
     */
    public void requireAccepts(PaymentMethod method) {
        if (method != null && !accepts(method)) {
            throw new PaymentMethodNotOfferedException(method, methods());
        }
    }

    /** The methods as the API and the change history write them: "CARD,PAYPAL". */
    public String methodList() {
        return methods().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentTerms terms
                && vatRate.compareTo(terms.vatRate) == 0
                && card == terms.card
                && payPal == terms.payPal
                && wallet == terms.wallet;
    }

    @Override
    public int hashCode() {
        return Objects.hash(vatRate.stripTrailingZeros(), card, payPal, wallet);
    }

    @Override
    public String toString() {
        return "VAT " + vatRate().toPlainString() + " %, " + methodList();
    }
}
