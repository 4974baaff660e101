package org.boxoffice.analytics.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The gross revenue in one currency of the tickets sold on a day of the period and on the day at
 * the same place of the period before it: the prices of the tickets, VAT included, service fees
 * and refunds not counted, in {@code currency} alone at its digits.
 */
public record DayRevenue(
        LocalDate day, LocalDate previousDay, Currency currency, BigDecimal gross, BigDecimal previousGross) {}
