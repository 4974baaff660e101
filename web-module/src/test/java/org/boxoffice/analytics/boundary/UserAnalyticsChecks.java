package org.boxoffice.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.boxoffice.analytics.entity.UserFigures;
import org.boxoffice.analytics.entity.UserFigures.Day;
import org.boxoffice.analytics.entity.UserFigures.Share;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.it.fixtures.Fixtures.GaEvent;

/**
 * The user analytics' figures of three days in March 2001 (UTC, the platform's zone for day
 * figures), where only this test's accounts and bookings lie: exact counts, and nothing of the
 * accounts that did not allow analytics, whatever they bought.
 *
 * <p>Run by {@link org.boxoffice.incontainer.InContainerIT}, in the one deployment of all the
 * in-container checks.
 */
@Dependent
public class UserAnalyticsChecks {

    private static final LocalDate FIRST = LocalDate.of(2001, 3, 10);
    private static final LocalDate LAST = LocalDate.of(2001, 3, 12);

    @Inject
    UserAnalytics analytics;

    @Inject
    Purchases purchases;

    @Inject
    Fixtures fixtures;

    public void countsOnlyTheAccountsThatAllowAnalytics() {
        GaEvent rock = fixtures.publishedGeneralAdmission(100);
        GaEvent jazz = fixtures.publishedGeneralAdmission(100);
        GaEvent folk = fixtures.publishedGeneralAdmission(100);
        purchases.city(rock.eventId(), "Bremen");
        purchases.city(jazz.eventId(), "Graz");
        purchases.city(folk.eventId(), "Linz");

        // two bookings in the period: active and a repeat buyer; new on the first day
        long twice = fixtures.account();
        purchases.analytics(twice, true);
        purchases.created(twice, at(FIRST, 10, 0));
        purchases.confirmed(twice, rock.eventId(), rock.ticketTypeId(), 2, at(FIRST, 12, 0));
        purchases.confirmed(twice, jazz.eventId(), jazz.ticketTypeId(), 1, at(FIRST.plusDays(1), 9, 0));

        // one booking in the period and one before it: a repeat buyer; new on the last day's last hour
        long returning = fixtures.account();
        purchases.analytics(returning, true);
        purchases.created(returning, at(LAST, 23, 30));
        purchases.confirmed(returning, rock.eventId(), rock.ticketTypeId(), 3, at(LAST, 23, 45));
        purchases.confirmed(returning, folk.eventId(), folk.ticketTypeId(), 6, at(FIRST.minusMonths(2), 12, 0));

        // one booking in the period, one just after it: active, not a repeat buyer; not new
        long once = fixtures.account();
        purchases.analytics(once, true);
        purchases.created(once, at(FIRST.minusDays(1), 23, 59));
        purchases.confirmed(once, jazz.eventId(), jazz.ticketTypeId(), 1, at(FIRST, 0, 0));
        purchases.confirmed(once, rock.eventId(), rock.ticketTypeId(), 2, at(LAST.plusDays(1), 0, 0));

        // allowed analytics, then withdrew: nothing of it counts, new account or bookings
        long withdrawn = fixtures.account();
        purchases.analytics(withdrawn, true);
        purchases.analytics(withdrawn, false);
        purchases.created(withdrawn, at(FIRST.plusDays(1), 8, 0));
        purchases.confirmed(withdrawn, folk.eventId(), folk.ticketTypeId(), 5, at(FIRST.plusDays(1), 10, 0));
        purchases.confirmed(withdrawn, folk.eventId(), folk.ticketTypeId(), 4, at(LAST, 10, 0));

        // never chose: does not count either
        long silent = fixtures.account();
        purchases.created(silent, at(FIRST.plusDays(1), 8, 0));
        purchases.confirmed(silent, folk.eventId(), folk.ticketTypeId(), 7, at(FIRST, 11, 0));

        // withdrew and allowed again: counts, as a new account without bookings
        long back = fixtures.account();
        purchases.analytics(back, false);
        purchases.analytics(back, true);
        purchases.created(back, at(FIRST.plusDays(1), 18, 0));

        long consenting = fixtures.count(
                "select count(distinct account_id) from consent c where kind = 'ANALYTICS' and not exists"
                        + " (select 1 from consent n where n.account_id = c.account_id and n.kind = c.kind"
                        + " and n.recorded_at > c.recorded_at) and granted");
        UserFigures figures = analytics.figures(FIRST.toString(), LAST.toString());

        assertThat(figures.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(figures.consenting()).isEqualTo(consenting).isPositive();
        assertThat(figures.newAccounts())
                .containsExactly(new Day(FIRST, 1), new Day(FIRST.plusDays(1), 1), new Day(LAST, 1));
        assertThat(figures.activeBuyers()).isEqualTo(3);
        assertThat(figures.repeatBuyers()).isEqualTo(2);
        assertThat(figures.categories())
                .containsExactly(
                        new Share(purchases.category(rock.eventId()), 5),
                        new Share(purchases.category(jazz.eventId()), 2));
        assertThat(figures.cities()).containsExactly(new Share("Bremen", 5), new Share("Graz", 2));

        assertThat(new String(analytics.csv(figures), StandardCharsets.UTF_8))
                .isEqualTo("figure,label,value\r\n"
                        + "period_from,,2001-03-10\r\n"
                        + "period_to,,2001-03-12\r\n"
                        + "zone,,UTC\r\n"
                        + "accounts_allowing_analytics,," + consenting + "\r\n"
                        + "new_accounts,2001-03-10,1\r\n"
                        + "new_accounts,2001-03-11,1\r\n"
                        + "new_accounts,2001-03-12,1\r\n"
                        + "active_buyers,,3\r\n"
                        + "repeat_buyers,,2\r\n"
                        + "tickets_by_category," + purchases.category(rock.eventId()) + ",5\r\n"
                        + "tickets_by_category," + purchases.category(jazz.eventId()) + ",2\r\n"
                        + "tickets_by_event_city,Bremen,5\r\n"
                        + "tickets_by_event_city,Graz,2\r\n");

        UserFigures lastDay = analytics.figures(LAST.toString(), LAST.toString());
        assertThat(lastDay.newAccounts()).containsExactly(new Day(LAST, 1));
        assertThat(lastDay.activeBuyers()).as("the returning buyer only").isEqualTo(1);
        assertThat(lastDay.repeatBuyers()).isEqualTo(1);
        assertThat(lastDay.cities()).containsExactly(new Share("Bremen", 3));
    }

    public void aPeriodIsThirtyDaysUpToTodayUnlessGivenAndAtMostAYear() {
        UserFigures standard = analytics.figures(null, null);
        assertThat(standard.to()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(standard.newAccounts()).hasSize(30);
        assertThat(standard.from()).isEqualTo(standard.to().minusDays(29));

        assertThatThrownBy(() -> analytics.figures("2001-03-12", "2001-03-10"))
                .isInstanceOfSatisfying(UserAnalyticsException.class, e -> assertThat(e.reason())
                        .isEqualTo(UserAnalyticsException.Reason.REVERSED_RANGE));
        assertThatThrownBy(() -> analytics.figures("2000-03-11", "2001-03-12"))
                .isInstanceOfSatisfying(UserAnalyticsException.class, e -> assertThat(e.reason())
                        .isEqualTo(UserAnalyticsException.Reason.RANGE_TOO_LONG));
        assertThatThrownBy(() -> analytics.figures("12.03.2001", null))
                .isInstanceOfSatisfying(UserAnalyticsException.class, e -> assertThat(e.reason())
                        .isEqualTo(UserAnalyticsException.Reason.INVALID_DAY));
        assertThat(analytics.figures("2001-03-13", "2002-03-13").newAccounts()).hasSize(366);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atOffset(ZoneOffset.UTC);
    }
}
