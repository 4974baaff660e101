package org.boxoffice.sales.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.Objects;

/**
 * The figures of one event, ticket type and currency on one day: the tickets sold (issued that
 * day) and refunded (by refunds that went through that day), what the tickets sold cost (gross,
 * VAT included), the service fees charged with them, the VAT the gross contains, the money given
 * back that day, and the tickets admitted at the door that day. Amounts are in {@code currency}
 * alone, at its digits (EUR 2, JPY 0, KWD 3); figures of two currencies are never added.
 *
 * @param ticketTypeId null for refunds that belong to no single ticket type: an amount without
 *     tickets, or tickets of several types in one refund
 */
public record SalesFigures(
        long eventId,
        String eventTitle,
        OffsetDateTime eventStartsAt,
        Long ticketTypeId,
        String ticketType,
        Currency currency,
        long ticketsSold,
        long ticketsRefunded,
        BigDecimal gross,
        BigDecimal fees,
        BigDecimal taxes,
        BigDecimal refunds,
        long checkIns) {

    public SalesFigures {
        Objects.requireNonNull(currency, "currency");
        gross = digits(gross, currency);
        fees = digits(fees, currency);
        taxes = digits(taxes, currency);
        refunds = digits(refunds, currency);
    }

    /** No figures yet of one event, ticket type and currency. */
    public static SalesFigures none(
            long eventId,
            String eventTitle,
            OffsetDateTime startsAt,
            Long ticketTypeId,
            String ticketType,
            Currency currency) {
        return new SalesFigures(
                eventId, eventTitle, startsAt, ticketTypeId, ticketType, currency, 0, 0, null, null, null, null, 0);
    }

    /** What the day brought in, less what it gave back: gross + fees - refunds (VAT included). */
    public BigDecimal net() {
        return gross.add(fees).subtract(refunds);
    }

    /** These figures with the tickets sold, their gross, fees and VAT. */
    public SalesFigures sold(long tickets, BigDecimal grossAmount, BigDecimal feeAmount, BigDecimal taxAmount) {
        return new SalesFigures(
                eventId,
                eventTitle,
                eventStartsAt,
                ticketTypeId,
                ticketType,
                currency,
                ticketsSold + tickets,
                ticketsRefunded,
                gross.add(nonNull(grossAmount)),
                fees.add(nonNull(feeAmount)),
                taxes.add(nonNull(taxAmount)),
                refunds,
                checkIns);
    }

    /** These figures with tickets refunded and money given back. */
    public SalesFigures refunded(long tickets, BigDecimal amount) {
        return new SalesFigures(
                eventId,
                eventTitle,
                eventStartsAt,
                ticketTypeId,
                ticketType,
                currency,
                ticketsSold,
                ticketsRefunded + tickets,
                gross,
                fees,
                taxes,
                refunds.add(nonNull(amount)),
                checkIns);
    }

    /** These figures with tickets admitted at the door. */
    public SalesFigures admitted(long tickets) {
        return new SalesFigures(
                eventId,
                eventTitle,
                eventStartsAt,
                ticketTypeId,
                ticketType,
                currency,
                ticketsSold,
                ticketsRefunded,
                gross,
                fees,
                taxes,
                refunds,
                checkIns + tickets);
    }

    /** Whether nothing happened: no line is written for it. */
    public boolean isEmpty() {
        return ticketsSold == 0
                && ticketsRefunded == 0
                && checkIns == 0
                && gross.signum() == 0
                && fees.signum() == 0
                && refunds.signum() == 0;
    }

    private static BigDecimal nonNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** An amount at the currency's digits, rounded half up (sums of VAT shares have more). */
    static BigDecimal digits(BigDecimal amount, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return nonNull(amount).setScale(digits, RoundingMode.HALF_UP);
    }
}
