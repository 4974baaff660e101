package org.boxoffice.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.hold;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The mails a customer gets, through the shared platform and a real SMTP server (GreenMail): the
 * confirmation as multipart text and HTML with the tickets' PDF, in the customer's language; a mail
 * server that is down and comes back gets the mail once; one that stays down leaves the message on
 * the dead-letter queue that admins read.
 */
class NotificationMailsIT {

    private static final String APPROVED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private record Customer(long id, String email, String token) {}

    @Test
    void aConfirmationComesAsTextAndHtmlWithTheTicketsAttached() throws Exception {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Mail <b>Night</b>"), TestData.unique("Town"), IN_A_MONTH, "42.00", 10);
        Customer customer = customer();

        String booking = paidBooking(customer, event, 2);

        TestMail.Received mail = TestMail.await(customer.email(), "Booking " + booking + " confirmed", WAIT);
        assertThat(mail.subject()).isEqualTo("Booking " + booking + " confirmed: " + event.title());
        assertThat(mail.contentType()).startsWith("multipart/mixed");
        assertThat(mail.text())
                .contains("Hello Test " + customer.email() + ",", "your booking is confirmed", event.title())
                .contains("Total: €84.00")
                .contains("/my/booking.xhtml?id=" + booking);
        assertThat(mail.html())
                .contains("<html lang=\"en\">")
                .contains(event.title().replace("<", "&lt;").replace(">", "&gt;"))
                .doesNotContain("<b>Night</b>");
        assertThat(mail.attachments()).hasSize(1);
        TestMail.Attachment pdf = mail.attachments().get(0);
        assertThat(pdf.name()).isEqualTo("booking-" + booking + "-tickets.pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument read = Loader.loadPDF(pdf.content())) {
            assertThat(read.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(read).replaceAll("\\s+", " "))
                    .contains(event.title(), "Ticket 1 of 2");
        }

        TestMail.Received receipt = TestMail.await(customer.email(), "Payment receipt for booking " + booking, WAIT);
        assertThat(receipt.text()).contains("Amount: €84.00", "Paid with: Card", "4242");
        HttpResponse<String> inbox = Http.getWithToken(Api.uri("/api/v1/accounts/me/notifications"), customer.token());
        assertThat(inbox.body()).contains("Booking " + booking + " confirmed: ");
    }

    @Test
    void aGermanCustomerGetsTheMailInGerman() throws Exception {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Konzertabend"), TestData.unique("Stadt"), IN_A_MONTH, "59.90", 10);
        Customer customer = customer();
        HttpResponse<String> german = Api.put(
                "/api/v1/accounts/me", "{\"displayName\":\"Grete Müller\",\"language\":\"de\"}", customer.token());
        assertThat(german.statusCode()).as(german.body()).isEqualTo(200);
        assertThat(Http.json(german).getString("language")).isEqualTo("de");
        Api.assertProblem(
                Api.put("/api/v1/accounts/me", "{\"displayName\":\"Grete\",\"language\":\"fr\"}", customer.token()),
                422,
                "account.invalid-profile.language");

        String booking = paidBooking(customer, event, 1);

        TestMail.Received mail = TestMail.await(customer.email(), "Buchung " + booking + " bestätigt", WAIT);
        assertThat(mail.subject()).isEqualTo("Buchung " + booking + " bestätigt: " + event.title());
        assertThat(mail.text().replace('\u00a0', ' '))
                .contains("Hallo Grete Müller,", "Ihre Buchung ist bestätigt", "Gesamt: 59,90 €", "Zur Buchung");
        assertThat(mail.html()).contains("<html lang=\"de\">", "Zeigen Sie sie am Einlass vor");
        try (PDDocument read = Loader.loadPDF(mail.attachments().get(0).content())) {
            assertThat(new PDFTextStripper().getText(read)).contains(event.title(), "Ticket 1 von 1");
        }
        TestMail.await(customer.email(), "Zahlungsbeleg für Buchung " + booking, WAIT);
    }

    @Test
    void aMailServerThatIsDownAndComesBackGetsTheMailOnce() throws Exception {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Retry"), TestData.unique("Town"), IN_A_MONTH, "10.00", 10);
        Customer customer = customer();
        String booking;
        TestMail.stop();
        try {
            booking = paidBooking(customer, event, 1);
            // the first delivery and the first redelivery (half a second later in the tests) fail
            Thread.sleep(1_200);
        } finally {
            TestMail.start();
        }

        TestMail.await(customer.email(), "Booking " + booking + " confirmed", WAIT);
        Thread.sleep(5_000);
        assertThat(TestMail.receivedBy(customer.email()).stream()
                        .filter(mail -> mail.subject().startsWith("Booking " + booking + " confirmed"))
                        .count())
                .isEqualTo(1);
        assertThat(TestData.count(
                        "select count(*) from sent_notification where account_id = ? and kind = 'BOOKING_CONFIRMATION'",
                        customer.id()))
                .isEqualTo(1);
    }

    @Test
    void afterTheLastAttemptTheMessageWaitsOnTheDeadLetterQueue() throws Exception {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Lost"), TestData.unique("Town"), IN_A_MONTH, "10.00", 10);
        Customer customer = customer();
        String admin = admin();
        String booking;
        TestMail.stop();
        try {
            booking = paidBooking(customer, event, 1);
            // four attempts, half a second, then one and two seconds apart in the tests (five
            // attempts from one second on in production): all fail
            Instant deadline = Instant.now().plus(WAIT);
            while (!deadLetters(admin).contains(":b" + booking + ":")
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
        } finally {
            TestMail.start();
        }

        List<JsonObject> lost = Http.json(deadLetters(admin)).getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(letter -> letter.getString("notificationKey", "").contains(":b" + booking + ":"))
                .toList();
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).getString("kind")).isEqualTo("BOOKING_CONFIRMATION");
        assertThat(lost.get(0).getString("queue")).isEqualTo("notifications");
        Thread.sleep(2_000);
        assertThat(TestMail.receivedBy(customer.email()))
                .as("nothing goes out from the dead-letter queue")
                .noneMatch(mail -> mail.subject().startsWith("Booking " + booking));
        assertThat(Http.getWithToken(Api.uri("/api/v1/admin/dead-letters"), customer.token())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void holdersAreToldOfAChangeOfTimeOfTheirCancellationAndOfTheEventsCancellation() throws Exception {
        String organizer = Api.organizer(TestData.organisation(TestData.unique("Told")));
        String category = TestData.unique("told");
        TestData.category(TestData.unique("Told"), category);
        String venue = Api.venue(organizer, TestData.unique("Told Hall"), "Berlin");
        String title = TestData.unique("Moving Night");
        HttpResponse<String> draft =
                Api.post("/api/v1/events", eventJson(venue, category, title, "2040-01-15"), organizer);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String eventId = Http.json(draft).getString("id");
        HttpResponse<String> type = Api.post(
                EVENTS + "/" + eventId + "/ticket-types",
                "{\"name\":\"Standing\",\"price\":{\"amount\":\"25\",\"currency\":\"EUR\"},\"capacity\":50}",
                organizer);
        assertThat(type.statusCode()).as(type.body()).isEqualTo(201);
        assertThat(Api.post("/api/v1/events/" + eventId + "/publish", "", organizer)
                        .statusCode())
                .isEqualTo(200);
        // the answer is the event with its ticket types
        String typeId =
                Http.json(type).getJsonArray("ticketTypes").getJsonObject(0).getString("id");
        GaEvent event = new GaEvent(Long.parseLong(eventId), Long.parseLong(typeId), 0, 0, title, "Berlin");
        Customer leaving = customer();
        Customer staying = customer();
        String left = paidBooking(leaving, event, 1);
        String stays = paidBooking(staying, event, 2);

        HttpResponse<String> moved =
                Api.put("/api/v1/events/" + eventId, eventJson(null, category, title, "2040-01-16"), organizer);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        for (Customer customer : List.of(leaving, staying)) {
            TestMail.Received changed = TestMail.await(customer.email(), "Changed: " + title, WAIT);
            assertThat(changed.text()).contains("The time changed.", "Monday, 16 January 2040, 20:00");
        }

        HttpResponse<String> cancelled = Http.postJson(
                Api.uri("/api/v1/bookings/" + left + "/cancel"), "", "Authorization", "Bearer " + leaving.token());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(TestMail.await(leaving.email(), "Booking " + left + " cancelled", WAIT)
                        .text())
                .contains("your booking is cancelled as you asked", "a separate mail confirms the refund");
        assertThat(TestMail.await(leaving.email(), "Refund for booking " + left, WAIT)
                        .text())
                .contains("we refunded money from your payment", "Amount: €25.00", "Refunded so far: €25.00");

        assertThat(Api.post("/api/v1/events/" + eventId + "/cancel", "", organizer)
                        .statusCode())
                .isEqualTo(200);

        assertThat(TestMail.await(staying.email(), "Cancelled: " + title, WAIT).text())
                .contains("the organizer cancelled this event", "Booking: " + stays);
        assertThat(TestMail.await(staying.email(), "Refund for booking " + stays, WAIT)
                        .text())
                .contains("Amount: €50.00");
        Thread.sleep(2_000);
        assertThat(TestMail.receivedBy(leaving.email()))
                .as("a booking cancelled before the event was is not told of the event's cancellation")
                .noneMatch(mail -> mail.subject().startsWith("Cancelled: "));
        String inbox = Http.getWithToken(Api.uri("/api/v1/accounts/me/notifications"), staying.token())
                .body();
        assertThat(inbox).contains("Changed: " + title, "Cancelled: " + title, "Refund for booking " + stays);
    }

    private static final String EVENTS = "/api/v1/organizer/events";

    /** A draft at 20:00 to 22:30 on {@code day} (Berlin), customers may cancel until 48 hours before; an update without a venue. */
    private static String eventJson(String venue, String category, String title, String day) {
        return "{" + (venue == null ? "" : "\"venueId\":\"" + venue + "\",") + "\"category\":\"" + category
                + "\",\"title\":\"" + title + "\",\"description\":\"Told\",\"startsAt\":\"" + day
                + "T20:00\",\"endsAt\":\"" + day + "T22:30\",\"maxPerOrder\":6,\"cancellationHours\":48}";
    }

    private static String deadLetters(String admin) {
        HttpResponse<String> answer = Http.getWithToken(Api.uri("/api/v1/admin/dead-letters?size=100"), admin);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static Customer customer() {
        String email = TestData.unique("mailed") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        return new Customer(account, email, Tokens.valid(account, email, "CUSTOMER"));
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        return Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");
    }

    private static String paidBooking(Customer customer, GaEvent event, int places) {
        HttpResponse<String> held = hold(customer.token(), itemsBody(event, places));
        assertThat(held.statusCode()).as(held.body()).isIn(200, 201);
        String booking = Http.json(held).getString("id");
        HttpResponse<String> paid = Http.postJson(
                Api.uri("/api/v1/bookings/" + booking + "/payment"),
                APPROVED,
                "Authorization",
                "Bearer " + customer.token());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonObject confirmed = Http.json(paid).getJsonObject("booking");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        return booking;
    }
}
