package org.boxoffice.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.analytics.boundary.AnalyticsException.Reason;
import org.boxoffice.analytics.control.Cities;
import org.boxoffice.analytics.control.Figures;
import org.boxoffice.analytics.control.Figures.Buyer;
import org.boxoffice.analytics.control.Figures.Day;
import org.boxoffice.analytics.entity.Analytics;
import org.boxoffice.analytics.entity.DayRevenue;
import org.boxoffice.analytics.entity.DaySales;
import org.boxoffice.analytics.entity.EventChoice;
import org.boxoffice.analytics.entity.Period;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.platform.control.PersonalDataCipher;
import org.boxoffice.sales.boundary.SalesReports;

/**
 * The analytics an organizer sees of its own organisation, and an admin of any: see {@link
 * org.boxoffice.analytics}. Days are the organisation's, in the zone its sales reports count them
 * in. The figures are read, never written: no transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrganizerAnalytics {

    /** The period when none is given: the 30 days up to today. */
    public static final int DEFAULT_DAYS = 30;

    /** The longest period. */
    public static final int MAX_DAYS = 366;

    /** How many cities are named; the buyers of the others are counted together. */
    public static final int TOP_CITIES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    SalesReports reports;

    /** The organisations the account may look at: all for an admin, an organizer's own, else none. */
    public List<Organisation> organisations(long viewerId) {
        Optional<Account> viewer = accounts.findWithRoles(viewerId);
        if (viewer.map(account -> account.has(Role.ADMIN)).orElse(false)) {
            return reports.organisations();
        }
        return viewer.flatMap(Account::organisationAsOrganizer)
                .flatMap(organisations::find)
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * The organisation's events to choose from, the latest first.
     *
     * @throws AnalyticsException when the account may not look at the organisation
     */
    public List<EventChoice> events(long viewerId, Long organisationId) {
        Organisation organisation = organisation(viewerId, organisationId);
        return Figures.events(em, organisation.id()).stream()
                .map(row -> new EventChoice(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /**
     * The analytics of an organisation, or of one of its events.
     *
     * @param organisationId the organisation an admin looks at; an organizer's is its own, and
     *     another id (or none for an admin) is refused
     * @param eventId one of the organisation's events; null for all of them
     * @param from the first day as {@code 2026-12-06} in the organisation's zone; blank for {@value
     *     #DEFAULT_DAYS} days before {@code to}
     * @param to the last day; blank for today
     * @throws AnalyticsException for an organisation the account may not look at, or a period
     *     that is no period or longer than {@value #MAX_DAYS} days
     * @throws UnknownEventException for an event of another organisation, as for one that does not exist
     */
    public Analytics of(long viewerId, Long organisationId, Long eventId, String from, String to) {
        Organisation organisation = organisation(viewerId, organisationId);
        ZoneId zone = reports.zoneOf(organisation);
        Period period = period(zone, from, to);
        if (eventId != null
                && Figures.events(em, organisation.id()).stream()
                        .noneMatch(row -> ((Number) row[0]).longValue() == eventId)) {
            throw new UnknownEventException(eventId);
        }
        Period previous = period.previous();
        List<Day> days = Figures.days(em, organisation.id(), eventId, zone, previous.start(zone), period.end(zone));
        return new Analytics(
                organisation.id(),
                organisation.name(),
                zone,
                eventId,
                period,
                previous,
                sales(period, previous, days),
                revenue(period, previous, days),
                Figures.sellThrough(em, organisation.id(), eventId),
                Figures.attendance(em, organisation.id(), eventId),
                Cities.top(
                        Figures.buyers(em, organisation.id(), eventId, period.start(zone), period.end(zone)).stream()
                                .map(OrganizerAnalytics::city)
                                .toList(),
                        TOP_CITIES));
    }

    /** A buyer's city, read only from the address of a buyer who agreed to statistics. */
    private static Optional<String> city(Buyer buyer) {
        if (!buyer.consents() || buyer.storedAddress() == null) {
            return Optional.empty();
        }
        return Cities.of(PersonalDataCipher.configured().decrypt(buyer.storedAddress()));
    }

    private Organisation organisation(long viewerId, Long organisationId) {
        Account viewer = accounts.findWithRoles(viewerId)
                .orElseThrow(() -> new AnalyticsException(Reason.UNKNOWN_ORGANISATION, String.valueOf(organisationId)));
        Optional<Long> own = viewer.organisationAsOrganizer();
        Long id = organisationId == null ? own.orElse(null) : organisationId;
        boolean allowed = id != null && (viewer.has(Role.ADMIN) || own.equals(Optional.of(id)));
        if (!allowed) {
            throw new AnalyticsException(Reason.UNKNOWN_ORGANISATION, String.valueOf(organisationId));
        }
        return organisations
                .find(id)
                .orElseThrow(() -> new AnalyticsException(Reason.UNKNOWN_ORGANISATION, String.valueOf(id)));
    }

    static Period period(ZoneId zone, String from, String to) {
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(zone) : day("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
        if (first.isAfter(last)) {
            throw new AnalyticsException(Reason.REVERSED_PERIOD, first.toString(), last.toString());
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new AnalyticsException(Reason.PERIOD_TOO_LONG, MAX_DAYS);
        }
        return new Period(first, last);
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new AnalyticsException(Reason.INVALID_DAY, field, text.length() > 40 ? text.substring(0, 40) : text);
        }
    }

    /** Every day of the period, beside the day at the same place of the previous one. */
    static List<DaySales> sales(Period period, Period previous, List<Day> days) {
        Map<LocalDate, Long> tickets = new HashMap<>();
        days.forEach(day -> tickets.merge(day.day(), day.tickets(), Long::sum));
        List<DaySales> sales = new ArrayList<>();
        for (int i = 0; i < period.days(); i++) {
            sales.add(new DaySales(
                    period.day(i),
                    previous.day(i),
                    tickets.getOrDefault(period.day(i), 0L),
                    tickets.getOrDefault(previous.day(i), 0L)));
        }
        return sales;
    }

    /** Every day of the period per currency sold in either period, beside the previous period's. */
    static List<DayRevenue> revenue(Period period, Period previous, List<Day> days) {
        Map<Currency, Map<LocalDate, BigDecimal>> gross = new HashMap<>();
        days.forEach(day -> gross.computeIfAbsent(day.currency(), currency -> new HashMap<>())
                .merge(day.day(), day.gross(), BigDecimal::add));
        TreeSet<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        currencies.addAll(gross.keySet());
        List<DayRevenue> revenue = new ArrayList<>();
        for (Currency currency : currencies) {
            Map<LocalDate, BigDecimal> amounts = gross.get(currency);
            for (int i = 0; i < period.days(); i++) {
                revenue.add(new DayRevenue(
                        period.day(i),
                        previous.day(i),
                        currency,
                        digits(amounts.get(period.day(i)), currency),
                        digits(amounts.get(previous.day(i)), currency)));
            }
        }
        return revenue;
    }

    private static BigDecimal digits(BigDecimal amount, Currency currency) {
        return (amount == null ? BigDecimal.ZERO : amount)
                .setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
    }
}
