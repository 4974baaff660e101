package org.boxoffice.booking.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.boxoffice.platform.entity.Money;

/**
 * What a booking costs beyond its tickets, and the tax its tickets contain: the organisation's
 * service fee per ticket, and the VAT included in the ticket prices at the event's rate. Pure Java
 * and exact: {@link BigDecimal} throughout, every amount rounded once, half up, to the digits of
 * its currency ({@link Currency#getDefaultFractionDigits()}: 2 for EUR, 0 for JPY, 3 for KWD).
 *
 * <p>Prices are gross: the VAT is in them, not added. The VAT contained in a gross amount at rate
 * {@code r} percent is {@code gross × r / (100 + r)}. It applies to the ticket prices only; the
 * service fee is the organisation's own service and is not taxed at the event's rate.
 */
public final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {}

    /**
     * A booking's price, itemised.
     *
     * @param subtotal the tickets' prices together (gross)
     * @param feePerTicket the service fee of one ticket, in the tickets' currency
     * @param fees the service fee of all tickets: {@code feePerTicket × tickets}
     * @param vatRate the VAT rate included in the ticket prices, in percent (such as 19.00)
     * @param tax the VAT contained in {@code subtotal}
     * @param total what the customer pays: {@code subtotal + fees}
     */
    public record Breakdown(
            Money subtotal, Money feePerTicket, Money fees, BigDecimal vatRate, Money tax, Money total) {}

    /**
     * The price of {@code tickets} tickets whose prices together are {@code subtotal}, with a
     * service fee of {@code feePerTicket} each (rounded to the currency's digits) and a VAT rate of
     * {@code vatRate} percent contained in the ticket prices.
     *
     * @throws IllegalArgumentException for fewer than 0 tickets, a negative fee, or a rate outside 0 to 100
     */
    public static Breakdown of(Money subtotal, int tickets, BigDecimal feePerTicket, BigDecimal vatRate) {
        Objects.requireNonNull(subtotal, "subtotal");
        if (tickets < 0) {
            throw new IllegalArgumentException("a booking has at least 0 tickets, not " + tickets);
        }
        Currency currency = subtotal.currency();
        Money fee = perTicket(feePerTicket, currency);
        Money fees = Money.of(fee.amount().multiply(BigDecimal.valueOf(tickets)), currency);
        Money tax = vatIncluded(subtotal, vatRate);
        Money total = Money.of(subtotal.amount().add(fees.amount()), currency);
        return new Breakdown(subtotal, fee, fees, vatRate.setScale(2, RoundingMode.UNNECESSARY), tax, total);
    }

    /**
     * The platform's default fee per ticket for a booking in {@code currency}: its amount for a
     * booking in its own currency, none for one in another (amounts are never converted).
     */
    public static BigDecimal defaultFee(Money fee, Currency currency) {
        return fee.currency().equals(currency) ? fee.amount() : BigDecimal.ZERO;
    }

    /**
     * The service fee of one ticket in a currency: the organisation's amount rounded half up to the
     * currency's digits (a fee of 1.50 is 2 yen).
     *
     * @throws IllegalArgumentException for a negative fee
     */
    public static Money perTicket(BigDecimal fee, Currency currency) {
        Objects.requireNonNull(fee, "fee");
        if (fee.signum() < 0) {
            throw new IllegalArgumentException("a service fee cannot be negative: " + fee);
        }
        return Money.of(fee.setScale(digits(currency), RoundingMode.HALF_UP), currency);
    }

    /**
     * The VAT contained in a gross amount at {@code rate} percent: {@code gross × rate / (100 +
     * rate)}, rounded half up to the currency's digits.
     *
     * @throws IllegalArgumentException for a rate below 0 or above 100, or with more than 2 decimals
     */
    public static Money vatIncluded(Money gross, BigDecimal rate) {
        Objects.requireNonNull(gross, "gross");
        requireRate(rate);
        Currency currency = gross.currency();
        // exact up to the one division, which rounds straight to the currency's digits
        BigDecimal tax =
                gross.amount().multiply(rate).divide(HUNDRED.add(rate), digits(currency), RoundingMode.HALF_UP);
        return Money.of(tax, currency);
    }

    /**
     * A VAT rate in percent: 0 to 100 with at most 2 decimals.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static BigDecimal requireRate(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0
                || rate.compareTo(HUNDRED) > 0
                || rate.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a VAT rate is 0 to 100 percent with at most 2 decimals, not " + rate);
        }
        return rate;
    }

    private static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }
}
