package org.boxoffice.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.boxoffice.analytics.boundary.UserAnalyticsException.Reason;
import org.boxoffice.analytics.control.UserActivity;
import org.boxoffice.analytics.control.UserFiguresCsv;
import org.boxoffice.analytics.entity.UserFigures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admins' user analytics: new accounts per day, active and repeat buyers, and the categories
 * and cities the tickets were bought for, over a period of days, counted only over the accounts
 * that allow analytics (see {@link UserActivity} for what each figure counts).
 *
 * <p>The days are those of {@code boxoffice.reports.zone} (UTC unless configured), the zone of the
 * platform's other day-by-day figures, the nightly sales reports.
 */
@Stateless
public class UserAnalytics {

    /** The longest period the figures cover. */
    public static final int MAX_DAYS = 366;

    /** The period when none is given: the 30 days up to today. */
    public static final int DEFAULT_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "boxoffice.reports.zone", defaultValue = "UTC")
    String zone;

    /** The zone the days are counted in. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Today, in {@link #zone()}. */
    public LocalDate today() {
        return LocalDate.now(Clock.system(zone()));
    }

    /**
     * The figures of the days {@code from} to {@code to}, both included, as {@code 2026-12-06};
     * a missing {@code to} is today, a missing {@code from} the {@link #DEFAULT_DAYS} days up to
     * {@code to}.
     */
    public UserFigures figures(String from, String to) {
        LocalDate last = blank(to) ? today() : day(to);
        LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1L) : day(from);
        if (first.isAfter(last)) {
            throw new UserAnalyticsException(Reason.REVERSED_RANGE, first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new UserAnalyticsException(Reason.RANGE_TOO_LONG, MAX_DAYS);
        }
        return UserActivity.of(em, first, last, zone());
    }

    /** The figures as a CSV file, a line per figure, so that a download holds what the page showed. */
    public byte[] csv(UserFigures figures) {
        return UserFiguresCsv.of(figures);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserAnalyticsException(Reason.INVALID_DAY, value);
        }
    }
}
