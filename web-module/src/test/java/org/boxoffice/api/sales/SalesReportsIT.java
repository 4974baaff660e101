package org.boxoffice.api.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The sales report over HTTP, on PostgreSQL: bookings made now are moved to known moments around
 * the midnights of two organisations' zones, and the report of the day has exactly the figures
 * those moments give, in two currencies, with a refund of a ticket sold the day before; the CSV
 * and the spreadsheet (read back with POI) say the same. A report that fails in the middle of its
 * figures step goes on at its chunk when restarted and gives the figures of a run without failure.
 * A completed report goes by mail (GreenMail) to each finance contact of its organisation, once,
 * with the CSV attached.
 */
class SalesReportsIT {

    private static final String PATH = "/api/v1/reports";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** A day well in the past, so that it has ended in every zone. */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(5);

    @Test
    void theDaysFiguresAreExactPerEventTicketTypeAndCurrencyInEachOrganisationsZone() throws Exception {
        String admin = admin();
        String customer = Holds.customer();
        long east = TestData.organisation(TestData.unique("Sales New York"));
        long far = TestData.organisation(TestData.unique("Sales Tokyo"));
        zone(admin, east, "America/New_York");
        zone(admin, far, "Asia/Tokyo");
        TestData.execute("update organisation set service_fee = 1.50 where id = ?", east);

        GaEvent concert = TestData.publishedEvent(TestData.unique("Sales concert"), "Bremen", IN_A_MONTH, "10.00", 50);
        TestData.organiseEvent(concert.eventId(), east);
        TestData.execute("update event set vat_rate = 19 where id = ?", concert.eventId());
        GaEvent tour = TestData.publishedEvent(TestData.unique("Sales tour"), "Bremen", IN_A_MONTH, "20.00", 50);
        TestData.organiseEvent(tour.eventId(), east);
        TestData.execute("update ticket_type set price_currency = 'USD' where id = ?", tour.ticketTypeId());
        GaEvent play = TestData.publishedEvent(TestData.unique("Sales play"), "Bremen", IN_A_MONTH, "5.00", 50);
        TestData.organiseEvent(play.eventId(), far);

        // New York: two tickets a minute before its midnight at the end of the day, one ten seconds
        // after the midnight that begins it; one just after the day (the next day's), and one a few
        // seconds before it, refunded during the day
        long lateTwo = booking(customer, concert, 2, at(DAY, "23:59:00", NEW_YORK));
        booking(customer, concert, 1, at(DAY, "00:00:10", NEW_YORK));
        booking(customer, concert, 1, at(DAY.plusDays(1), "00:00:30", NEW_YORK));
        long dayBefore = booking(customer, concert, 1, at(DAY.minusDays(1), "23:59:50", NEW_YORK));
        long refundedTicket = TestData.count("select min(id) from ticket where booking_id = ?", dayBefore);
        long refund = refundTickets(admin, dayBefore, refundedTicket);
        TestData.execute("update refund set changed_at = ? where id = ?", at(DAY, "12:00:00", NEW_YORK), refund);
        TestData.execute(
                "update ticket set admitted_at = ? where id = (select min(id) from ticket where booking_id = ?)",
                at(DAY, "20:00:00", NEW_YORK),
                lateTwo);
        // dollars, on the same day
        booking(customer, tour, 3, at(DAY, "10:00:00", NEW_YORK));
        // Tokyo: one ticket half an hour before its midnight, one ten minutes after it
        booking(customer, play, 1, at(DAY, "23:30:00", TOKYO));
        booking(customer, play, 1, at(DAY.plusDays(1), "00:10:00", TOKYO));

        JsonObject eastReport = report(admin, east, DAY);
        assertThat(eastReport.getString("status")).as(eastReport.toString()).isEqualTo("COMPLETED");
        assertThat(eastReport.getString("zone")).isEqualTo("America/New_York");
        assertThat(eastReport.getInt("lines")).isEqualTo(2);
        assertThat(eastReport.getJsonNumber("ticketsSold").longValue()).isEqualTo(6);
        assertThat(eastReport.getJsonNumber("ticketsRefunded").longValue()).isEqualTo(1);
        assertThat(eastReport.getJsonNumber("checkIns").longValue()).isEqualTo(1);

        Map<String, String> lines = csvLines(admin, eastReport);
        // 3 tickets at 10.00 with a fee of 1.50 and 19 % VAT in the price (30.00 x 19 / 119 = 4.79);
        // the refund of a ticket of the day before gives back its price and fee, 11.50
        assertThat(lines.get(concert.eventId() + "/EUR")).endsWith(",EUR,3,1,30.00,4.50,4.79,11.50,23.00,1");
        assertThat(lines.get(tour.eventId() + "/USD")).endsWith(",USD,3,0,60.00,4.50,0.00,0.00,64.50,0");

        JsonObject farReport = report(admin, far, DAY);
        assertThat(farReport.getString("zone")).isEqualTo("Asia/Tokyo");
        Map<String, String> farLines = csvLines(admin, farReport);
        assertThat(farLines).containsOnlyKeys(play.eventId() + "/EUR");
        assertThat(farLines.get(play.eventId() + "/EUR")).endsWith(",EUR,1,0,5.00,0.00,0.00,0.00,5.00,0");

        // the spreadsheet has the same lines and a total per currency, never added across them
        HttpResponse<byte[]> xlsx =
                Http.getBytes(Api.uri(eastReport.getString("xlsx")), "Authorization", "Bearer " + admin);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("organisation");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat((long) first.getCell(3).getNumericCellValue()).isEqualTo(concert.eventId());
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("EUR");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(3);
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(30.00);
            assertThat(first.getCell(15).getNumericCellValue()).isEqualTo(23.00);
            Sheet totals = workbook.getSheet("Totals");
            assertThat(totals.getLastRowNum()).as("one total per currency").isEqualTo(2);
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EUR");
            assertThat(totals.getRow(2).getCell(0).getStringCellValue()).isEqualTo("USD");
            assertThat(totals.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(64.50);
        }
    }

    @Test
    void aReportThatFailsInTheMiddleOfItsFiguresGoesOnAtItsChunkAndGivesTheSameFigures() throws Exception {
        String admin = admin();
        String customer = Holds.customer();
        long organisation = TestData.organisation(TestData.unique("Sales restart"));
        List<GaEvent> events = new ArrayList<>();
        // two events per chunk (the platform's setting for the tests): the third fails the first run
        for (String title : List.of("Sales one ", "Sales two ", "Fails once ")) {
            GaEvent event = TestData.publishedEvent(TestData.unique(title), "Bremen", IN_A_MONTH, "7.00", 20);
            TestData.organiseEvent(event.eventId(), organisation);
            events.add(event);
            booking(customer, event, 2, at(DAY, "12:00:00", ZoneOffset.UTC));
        }

        HttpResponse<String> started =
                Api.post(PATH, "{\"organisationId\":\"" + organisation + "\",\"day\":\"" + DAY + "\"}", admin);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject failed = awaitEnd(admin, Http.json(started).getString("id"));
        assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.getString("error")).as("a failed report says so").isNotBlank();
        long id = Long.parseLong(failed.getString("id"));
        assertThat(TestData.count("select count(*) from sales_report_line where report_id = ?", id))
                .as("the first chunk's lines were committed before the failure")
                .isEqualTo(2);

        HttpResponse<String> restarted = Api.post(PATH + "/" + id + "/restart", "", admin);
        assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(202);
        JsonObject completed = awaitEnd(admin, String.valueOf(id));
        assertThat(completed.getString("status")).as(completed.toString()).isEqualTo("COMPLETED");
        // the restart summed up the third event only: a line written twice would break the unique key
        assertThat(completed.getInt("lines")).isEqualTo(3);
        assertThat(completed.getJsonNumber("ticketsSold").longValue()).isEqualTo(6);
        Map<String, String> lines = csvLines(admin, completed);
        for (GaEvent event : events) {
            assertThat(lines.get(event.eventId() + "/EUR")).endsWith(",EUR,2,0,14.00,0.00,0.00,0.00,14.00,0");
        }
        Api.assertProblem(Api.post(PATH + "/" + id + "/restart", "", admin), 409, "report.not-restartable");
    }

    @Test
    void financeContactsSeeTheirOrganisationsReportsOnlyAndBadRangesAreRefused() throws Exception {
        String admin = admin();
        long mine = TestData.organisation(TestData.unique("Sales mine"));
        long theirs = TestData.organisation(TestData.unique("Sales theirs"));
        String email = TestData.unique("finance") + "@example.org";
        long account = TestData.account(email, "FINANCE");
        TestData.joinOrganisation(account, mine);
        String finance = Tokens.valid(account, email, "FINANCE");

        JsonObject own = report(admin, mine, DAY);
        JsonObject other = report(admin, theirs, DAY);

        HttpResponse<String> listed = get(PATH + "?from=" + DAY + "&to=" + DAY + "&size=100", finance);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<String> organisations = Http.json(listed).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("organisationId"))
                .distinct()
                .toList();
        assertThat(organisations).containsExactly(String.valueOf(mine));
        assertThat(get(own.getString("csv"), finance).statusCode()).isEqualTo(200);
        Api.assertProblem(get(other.getString("csv"), finance), 404, "report.unknown");
        Api.assertProblem(get(PATH + "/" + other.getString("id") + ".xlsx", finance), 404, "report.unknown");
        assertThat(Api.post(PATH, "{\"organisationId\":\"" + mine + "\",\"day\":\"" + DAY + "\"}", finance)
                        .statusCode())
                .as("only admins start reports")
                .isEqualTo(403);

        Api.assertProblem(get(PATH + "?from=2026-02-30", finance), 422, "report.invalid-day");
        Api.assertProblem(get(PATH + "?from=2026-03-02&to=2026-03-01", finance), 422, "report.reversed-range");
        Api.assertProblem(get(PATH + "?from=2024-01-01&to=2026-01-01", finance), 422, "report.range-too-long");
        Api.assertProblem(
                Api.post(PATH, "{\"organisationId\":\"" + mine + "\",\"day\":\"2999-01-01\"}", admin),
                422,
                "report.unfinished-day");
        String customer = Holds.customer();
        assertThat(get(PATH, customer).statusCode()).isEqualTo(403);
    }

    @Test
    void aCompletedReportIsMailedOnceToEachFinanceContactWithItsCsvAttached() throws Exception {
        String admin = admin();
        String customer = Holds.customer();
        String name = TestData.unique("Sales mail");
        long organisation = TestData.organisation(name);
        long other = TestData.organisation(TestData.unique("Sales mail other"));
        String english = TestData.unique("finance") + "@example.org";
        TestData.joinOrganisation(TestData.account(english, "FINANCE"), organisation);
        String german = TestData.unique("finanzen") + "@example.org";
        long germanAccount = TestData.account(german, "FINANCE");
        TestData.joinOrganisation(germanAccount, organisation);
        TestData.execute("update account set preferred_language = 'de' where id = ?", germanAccount);
        String elsewhere = TestData.unique("finance-other") + "@example.org";
        TestData.joinOrganisation(TestData.account(elsewhere, "FINANCE"), other);
        String organizer = TestData.unique("organizer") + "@example.org";
        TestData.joinOrganisation(TestData.account(organizer, "ORGANIZER"), organisation);
        // a title a spreadsheet would run as a formula
        GaEvent event =
                TestData.publishedEvent(TestData.unique("=SUM(1+1) Sales mail"), "Bremen", IN_A_MONTH, "9.00", 20);
        TestData.organiseEvent(event.eventId(), organisation);
        booking(customer, event, 2, at(DAY, "12:00:00", ZoneOffset.UTC));
        // the platform's finance addresses: one of no account, and a contact's own (in other case),
        // who is mailed as herself only
        String ledger = TestData.unique("ledger") + "@example.org";
        financeAddresses(admin, ledger + ", " + english.toUpperCase(Locale.ROOT));

        try {
            reportIsMailed(admin, organisation, name, event, english, german, ledger, organizer, elsewhere);
        } finally {
            HttpResponse<String> reset = Http.delete(
                    Platform.uri("/api/v1/admin/settings/boxoffice.reports.finance-addresses"),
                    "Authorization",
                    "Bearer " + admin);
            assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        }
    }

    private static void reportIsMailed(
            String admin,
            long organisation,
            String name,
            GaEvent event,
            String english,
            String german,
            String ledger,
            String organizer,
            String elsewhere)
            throws Exception {
        JsonObject report = report(admin, organisation, DAY);
        assertThat(report.getString("status")).as(report.toString()).isEqualTo("COMPLETED");
        String file = "sales-" + organisation + "-" + DAY + "-" + report.getString("id") + ".csv";
        byte[] downloaded = Http.getBytes(Api.uri(report.getString("csv")), "Authorization", "Bearer " + admin)
                .body();

        TestMail.Received mail = TestMail.await(english, "Sales report " + DAY + ": " + name, Duration.ofMinutes(1));
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.name()).isEqualTo(file);
            assertThat(attachment.contentType()).startsWith("text/csv");
            assertThat(attachment.content())
                    .as("the report's CSV, byte for byte")
                    .isEqualTo(downloaded);
            assertThat(new String(attachment.content(), StandardCharsets.UTF_8))
                    .contains("," + event.eventId() + ",'" + event.title() + ",")
                    .contains(",EUR,2,0,18.00,0.00,0.00,0.00,18.00,0\r\n");
        });
        assertThat(mail.text())
                .contains("Organisation: " + name)
                .contains("Tickets sold: 2\n")
                .contains("EUR: gross €18.00, fees €0.00, refunds €0.00, net €18.00")
                .contains("Attached: " + file)
                .contains("/finance/reports.xhtml");
        assertThat(mail.html()).contains("<strong>€18.00</strong>");
        TestMail.Received germanMail =
                TestMail.await(german, "Verkaufsbericht " + DAY + ": " + name, Duration.ofMinutes(1));
        assertThat(germanMail.text()).contains("Verkaufte Tickets: 2");
        assertThat(germanMail.attachments()).singleElement().satisfies(attachment -> assertThat(attachment.content())
                .isEqualTo(downloaded));
        TestMail.Received ledgerMail =
                TestMail.await(ledger, "Sales report " + DAY + ": " + name, Duration.ofMinutes(1));
        assertThat(ledgerMail.text()).as("in the default language").contains("Tickets sold: 2\n");
        assertThat(ledgerMail.attachments()).singleElement().satisfies(attachment -> assertThat(attachment.content())
                .isEqualTo(downloaded));

        // each mail counts once it went out, in the transaction that sent it
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject counted = Http.json(get(PATH + "/" + report.getString("id"), admin));
        while (counted.getInt("mailedTo") < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            counted = Http.json(get(PATH + "/" + report.getString("id"), admin));
        }
        assertThat(counted.getInt("mailedTo")).isEqualTo(3);
        assertThat(TestData.count(
                        "select count(*) from sent_notification where notification_key like ?",
                        "SALES_REPORT:r" + report.getString("id") + "%"))
                .as("the report's notice, one per finance contact and one for the address of no account")
                .isEqualTo(4);
        assertThat(TestMail.receivedBy(ledger))
                .filteredOn(received -> received.subject().contains(name))
                .as("once")
                .hasSize(1);
        assertThat(TestMail.receivedBy(english))
                .filteredOn(received -> received.subject().contains(name))
                .as("once")
                .hasSize(1);
        assertThat(TestMail.receivedBy(organizer)).as("not a finance contact").isEmpty();
        assertThat(TestMail.receivedBy(elsewhere))
                .as("a finance contact of another organisation")
                .filteredOn(received -> received.subject().contains(name))
                .isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** Sets the platform's finance addresses in the system settings. */
    private static void financeAddresses(String admin, String addresses) {
        HttpResponse<String> set = Http.putJson(
                Platform.uri("/api/v1/admin/settings/boxoffice.reports.finance-addresses"),
                Json.createObjectBuilder().add("value", addresses).build().toString(),
                "Authorization",
                "Bearer " + admin);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    /** A booking of the event held and paid now, its tickets then moved to {@code issued}; its id. */
    private static long booking(String customer, GaEvent event, int quantity, OffsetDateTime issued) {
        JsonObject booking = Holds.confirmed(customer, itemsBody(event, quantity));
        long id = Long.parseLong(booking.getString("id"));
        TestData.execute("update ticket set created_at = ? where booking_id = ?", issued, id);
        return id;
    }

    private static long refundTickets(String admin, long booking, long ticket) {
        HttpResponse<String> refunded = Http.postJson(
                Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                "{\"ticketIds\":[\"" + ticket + "\"]}",
                "Authorization",
                "Bearer " + admin,
                "Idempotency-Key",
                "refund-" + UUID.randomUUID());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        JsonObject refund = Http.json(refunded).getJsonObject("refund");
        assertThat(refund.getString("status")).isEqualTo("SUCCEEDED");
        return Long.parseLong(refund.getString("id"));
    }

    private static OffsetDateTime at(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime();
    }

    private static void zone(String admin, long organisation, String zone) {
        HttpResponse<String> changed =
                Api.put("/api/v1/admin/organisations/" + organisation + "/zone", "{\"zone\":\"" + zone + "\"}", admin);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getString("zone")).isEqualTo(zone);
    }

    /** The report of the organisation's day, made by hand, once it has ended. */
    static JsonObject report(String admin, long organisation, LocalDate day) throws InterruptedException {
        HttpResponse<String> started =
                Api.post(PATH, "{\"organisationId\":\"" + organisation + "\",\"day\":\"" + day + "\"}", admin);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return awaitEnd(admin, Http.json(started).getString("id"));
    }

    private static JsonObject awaitEnd(String admin, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject report = Http.json(get(PATH + "/" + id, admin));
        while (report.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            report = Http.json(get(PATH + "/" + id, admin));
        }
        return report;
    }

    /** The CSV's lines by event and currency (this test's events have one ticket type each). */
    private static Map<String, String> csvLines(String token, JsonObject report) throws IOException {
        HttpResponse<String> csv = get(report.getString("csv"), token);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] rows = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows[0])
                .isEqualTo("organisation,day,zone,event_id,event,event_starts_at,ticket_type_id,ticket_type,currency,"
                        + "tickets_sold,tickets_refunded,gross,fees,taxes,refunds,net,check_ins");
        return java.util.Arrays.stream(rows)
                .skip(1)
                .collect(Collectors.toMap(
                        row -> row.split(",")[3] + "/" + row.split(",")[8], row -> row, (a, b) -> a + "\n" + b));
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        long account = TestData.account(email, "ADMIN");
        return Tokens.valid(account, email, "ADMIN");
    }

    private static HttpResponse<String> get(String path, String token) {
        return Http.get(Api.uri(path), "Authorization", "Bearer " + token);
    }
}
