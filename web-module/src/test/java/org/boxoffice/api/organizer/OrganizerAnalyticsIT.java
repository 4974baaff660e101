package org.boxoffice.api.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The organizer's analytics over HTTP, on PostgreSQL: bookings made now are moved to known moments
 * around the midnights of the organisation's zone (Europe/Berlin), in the period and in the period
 * before it, in euros and dollars; the figures per day, per currency, per ticket type and per event
 * are exactly what those moments give, and the cities are those of the buyers who agreed to
 * statistics. Another organisation's event is unknown, and bad periods are refused.
 */
class OrganizerAnalyticsIT {

    private static final String PATH = "/api/v1/organizer/analytics";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    /** The last day of the period, well in the past in every zone. */
    private static final LocalDate LAST = LocalDate.now(BERLIN).minusDays(5);

    @Test
    void theFiguresAreExactPerDayCurrencyTicketTypeEventAndCity() {
        String admin = admin();
        long organisation = TestData.organisation(TestData.unique("Analytics Berlin"));
        HttpResponse<String> zoned =
                Api.put("/api/v1/admin/organisations/" + organisation + "/zone", "{\"zone\":\"Europe/Berlin\"}", admin);
        assertThat(zoned.statusCode()).as(zoned.body()).isEqualTo(200);
        String organizer = Api.organizer(organisation);

        GaEvent concert =
                TestData.publishedEvent(TestData.unique("Analytics concert"), "Bremen", IN_A_MONTH, "10.00", 50);
        TestData.organiseEvent(concert.eventId(), organisation);
        GaEvent tour = TestData.publishedEvent(TestData.unique("Analytics tour"), "Bremen", IN_A_MONTH, "20.00", 10);
        TestData.organiseEvent(tour.eventId(), organisation);
        TestData.execute("update ticket_type set price_currency = 'USD' where id = ?", tour.ticketTypeId());
        GaEvent elsewhere =
                TestData.publishedEvent(TestData.unique("Analytics other"), "Bremen", IN_A_MONTH, "7.00", 10);
        TestData.organiseEvent(elsewhere.eventId(), TestData.organisation(TestData.unique("Analytics other org")));

        String berliner = customer("Hauptstraße 1\n10115 Berlin", true);
        String londoner = customer("12 St James's Square, London", false);
        String kreuzberger = customer("Lindenstr. 5, 10969 berlin", true);
        String someone = customer("1 Main Street\nSpringfield", true);

        // the period is LAST-2 to LAST, the one before LAST-5 to LAST-3
        // two tickets half an hour into the period's first day in Berlin (the evening before in UTC)
        long first = booking(berliner, concert, 2, at(LAST.minusDays(2), "00:30"));
        // one on the period's second day, one on the last day of the period before (half an hour
        // before Berlin's midnight: the next day in UTC), one on its first day, refunded since
        booking(kreuzberger, concert, 1, at(LAST.minusDays(1), "15:00"));
        booking(someone, concert, 1, at(LAST.minusDays(3), "23:30"));
        long refunded = booking(someone, concert, 1, at(LAST.minusDays(5), "10:00"));
        refund(admin, refunded);
        // three dollar tickets on the last day; one ticket ten minutes after the period
        booking(londoner, tour, 3, at(LAST, "12:00"));
        booking(someone, concert, 1, at(LAST.plusDays(1), "00:10"));
        // one of the first two tickets checked in; a ticket of another organisation's event
        TestData.execute(
                "update ticket set admitted_at = ? where id = (select min(id) from ticket where booking_id = ?)",
                at(LAST, "20:00"),
                first);
        booking(berliner, elsewhere, 1, at(LAST, "12:00"));

        HttpResponse<String> answered = get(PATH + "?from=" + LAST.minusDays(2) + "&to=" + LAST, organizer);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        JsonObject analytics = Http.json(answered);
        assertThat(analytics.getString("organisationId")).isEqualTo(String.valueOf(organisation));
        assertThat(analytics.getString("zone")).isEqualTo("Europe/Berlin");
        assertThat(analytics.getString("previousFrom"))
                .isEqualTo(LAST.minusDays(5).toString());
        assertThat(analytics.getString("previousTo"))
                .isEqualTo(LAST.minusDays(3).toString());

        assertThat(lines(analytics, "sales", "day", "previousDay", "tickets", "previousTickets"))
                .containsExactly(
                        LAST.minusDays(2) + " " + LAST.minusDays(5) + " 2 1",
                        LAST.minusDays(1) + " " + LAST.minusDays(4) + " 1 0",
                        LAST + " " + LAST.minusDays(3) + " 3 1");
        // euros and dollars apart, every day of the period in each
        assertThat(lines(analytics, "revenue", "currency", "day", "gross", "previousGross"))
                .containsExactly(
                        "EUR " + LAST.minusDays(2) + " 20.00 10.00",
                        "EUR " + LAST.minusDays(1) + " 10.00 0.00",
                        "EUR " + LAST + " 0.00 10.00",
                        "USD " + LAST.minusDays(2) + " 0.00 0.00",
                        "USD " + LAST.minusDays(1) + " 0.00 0.00",
                        "USD " + LAST + " 60.00 0.00");
        // valid tickets whenever sold: the concert's 2 + 1 + 1 + 1 (the refunded one not counted)
        assertThat(lines(analytics, "sellThrough", "eventId", "sold", "capacity", "percent"))
                .containsExactly(concert.eventId() + " 5 50 10.0", tour.eventId() + " 3 10 30.0");
        assertThat(lines(analytics, "attendance", "eventId", "sold", "checkedIn", "percent"))
                .containsExactly(concert.eventId() + " 5 1 20.0", tour.eventId() + " 3 0 0.0");
        // the period's buyers: two of Berlin (as the first wrote it), one without consent
        assertThat(lines(analytics, "cities", "kind", "city", "buyers"))
                .containsExactly("CITY Berlin 2", "UNKNOWN null 1");

        // one event: its figures only
        JsonObject tourOnly = Http.json(
                get(PATH + "?eventId=" + tour.eventId() + "&from=" + LAST.minusDays(2) + "&to=" + LAST, organizer));
        assertThat(tourOnly.getString("eventId")).isEqualTo(String.valueOf(tour.eventId()));
        assertThat(lines(tourOnly, "sales", "tickets")).containsExactly("0", "0", "3");
        assertThat(lines(tourOnly, "revenue", "currency")).containsOnly("USD");
        assertThat(lines(tourOnly, "sellThrough", "eventId")).containsExactly(String.valueOf(tour.eventId()));
        assertThat(lines(tourOnly, "cities", "kind", "buyers")).containsExactly("UNKNOWN 1");

        // by default the 30 days up to today
        JsonObject recent = Http.json(get(PATH, organizer));
        assertThat(recent.getString("to")).isEqualTo(LocalDate.now(BERLIN).toString());
        assertThat(recent.getString("from"))
                .isEqualTo(LocalDate.now(BERLIN).minusDays(29).toString());
        assertThat(recent.getJsonArray("sales")).hasSize(30);
    }

    @Test
    void anotherOrganisationsEventAndBadPeriodsAreRefused() {
        long mine = TestData.organisation(TestData.unique("Analytics mine"));
        long theirs = TestData.organisation(TestData.unique("Analytics theirs"));
        GaEvent other = TestData.publishedEvent(TestData.unique("Analytics theirs"), "Bremen", IN_A_MONTH, "7.00", 10);
        TestData.organiseEvent(other.eventId(), theirs);
        String organizer = Api.organizer(mine);

        Api.assertProblem(get(PATH + "?eventId=" + other.eventId(), organizer), 404, "catalog.unknown-event");
        Api.assertProblem(get(PATH + "?from=2026-02-30", organizer), 422, "analytics.invalid-day");
        Api.assertProblem(get(PATH + "?from=2026-03-02&to=2026-03-01", organizer), 422, "analytics.reversed-period");
        Api.assertProblem(get(PATH + "?from=2025-01-01&to=2026-03-01", organizer), 422, "analytics.period-too-long");

        String email = TestData.unique("no-organisation") + "@example.org";
        String homeless = Tokens.valid(TestData.account(email, "ORGANIZER"), email, "ORGANIZER");
        Api.assertProblem(get(PATH, homeless), 404, "analytics.unknown-organisation");
        assertThat(get(PATH, Holds.customer()).statusCode()).isEqualTo(403);
    }

    /** A customer with a postal address who agreed, or not, to the use of their data for statistics. */
    private static String customer(String address, boolean analytics) {
        String email = TestData.unique("analytics-buyer") + "@example.org";
        String token = Tokens.valid(TestData.account(email, "CUSTOMER"), email, "CUSTOMER");
        HttpResponse<String> profile = Http.putJson(
                Platform.uri("/api/v1/accounts/me"),
                "{\"displayName\":\"Buyer\",\"postalAddress\":\"" + address.replace("\n", "\\n") + "\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        HttpResponse<String> consent = Http.putJson(
                Platform.uri("/api/v1/accounts/me/preferences"),
                "{\"marketing\":false,\"analytics\":" + analytics + "}",
                "Authorization",
                "Bearer " + token);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        return token;
    }

    private static long booking(String customer, GaEvent event, int quantity, OffsetDateTime issued) {
        JsonObject booking = Holds.confirmed(customer, itemsBody(event, quantity));
        long id = Long.parseLong(booking.getString("id"));
        TestData.execute("update ticket set created_at = ? where booking_id = ?", issued, id);
        return id;
    }

    private static void refund(String admin, long booking) {
        long ticket = TestData.count("select min(id) from ticket where booking_id = ?", booking);
        HttpResponse<String> refunded = Http.postJson(
                Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                "{\"ticketIds\":[\"" + ticket + "\"]}",
                "Authorization",
                "Bearer " + admin,
                "Idempotency-Key",
                "refund-" + UUID.randomUUID());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        assertThat(TestData.text("select status from ticket where id = ?", ticket))
                .isEqualTo("CANCELLED");
    }

    /** The array's items, each as its fields' values joined by spaces. */
    static List<String> lines(JsonObject analytics, String array, String... fields) {
        return analytics.getJsonArray(array).getValuesAs(JsonObject.class).stream()
                .map(item -> String.join(
                        " ",
                        java.util.Arrays.stream(fields)
                                .map(field ->
                                        !item.containsKey(field) || item.isNull(field) ? "null" : valueOf(item, field))
                                .toList()))
                .toList();
    }

    private static String valueOf(JsonObject item, String field) {
        return switch (item.get(field).getValueType()) {
            case STRING -> item.getString(field);
            default -> item.get(field).toString();
        };
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BERLIN).toOffsetDateTime();
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        return Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");
    }

    private static HttpResponse<String> get(String path, String token) {
        return Http.getWithToken(Api.uri(path), token);
    }
}
