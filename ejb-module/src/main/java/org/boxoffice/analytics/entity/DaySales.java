package org.boxoffice.analytics.entity;

import java.time.LocalDate;

/**
 * The tickets sold (issued) on a day of the period and on the day at the same place of the period
 * before it.
 */
public record DaySales(LocalDate day, LocalDate previousDay, long tickets, long previousTickets) {}
