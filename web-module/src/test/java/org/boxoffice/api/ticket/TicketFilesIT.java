package org.boxoffice.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.hold;
import static org.boxoffice.it.Holds.itemsBody;
import static org.boxoffice.it.Holds.seatsBody;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestData.SeatedEvent;
import org.boxoffice.it.Tokens;
import org.boxoffice.ticket.control.BarcodeReader;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.junit.jupiter.api.Test;

/**
 * A customer's tickets as files over HTTP: booked and paid with the test provider, then each
 * ticket's PDF, the booking's PDF and a ticket's code, read back with PDFBox and ZXing; another
 * customer's tickets and bookings are not found, and a booking without valid tickets has no files.
 */
class TicketFilesIT {

    private static final String APPROVED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    private record Customer(String token, String name) {}

    @Test
    void aCustomerDownloadsEachTicketTheBookingsTicketsAndATicketsCodeAndNobodyElseCan() throws Exception {
        String title = TestData.unique("Ticket Night");
        SeatedEvent event = TestData.seatedEvent(title, 1, 4, "PUBLISHED");
        Customer customer = customer();
        String booking = id(hold(
                customer.token(),
                seatsBody(
                        event.eventId(), event.seatIds().get(0), event.seatIds().get(1))));
        JsonArray tickets = paid(customer, booking);
        assertThat(tickets).hasSize(2);

        for (int i = 0; i < tickets.size(); i++) {
            JsonObject ticket = tickets.getJsonObject(i);
            HttpResponse<byte[]> pdf = get("/api/v1/tickets/" + ticket.getString("id") + ".pdf", customer.token());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(Http.contentType(pdf)).startsWith("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"ticket-" + ticket.getString("id") + ".pdf\"");
            assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            try (PDDocument read = Loader.loadPDF(pdf.body())) {
                assertThat(read.getNumberOfPages()).isEqualTo(1);
                String seatNumber = String.valueOf(i + 1);
                assertThat(text(read))
                        .contains(title)
                        .contains("Hall of " + title)
                        .contains("Stalls · Stalls, row A, seat " + seatNumber)
                        .contains(customer.name())
                        .contains("€42.00")
                        .contains(booking)
                        .contains("Ticket 1 of 1");
            }
        }

        HttpResponse<byte[]> all = get("/api/v1/bookings/" + booking + "/tickets.pdf", customer.token());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(all)).startsWith("application/pdf");
        assertThat(all.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"booking-" + booking + "-tickets.pdf\"");
        try (PDDocument read = Loader.loadPDF(all.body())) {
            assertThat(read.getNumberOfPages()).isEqualTo(2);
            assertThat(text(read))
                    .contains("Ticket 1 of 2", "Ticket 2 of 2", "row A, seat 1", "row A, seat 2", customer.name());
        }

        JsonObject first = tickets.getJsonObject(0);
        HttpResponse<byte[]> png = get("/api/v1/tickets/" + first.getString("id") + "/qr.png", customer.token());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(png)).isEqualTo("image/png");
        BarcodeReader.Reading code = decode(png.body());
        assertThat(code.symbology()).isEqualTo(Symbology.QR_CODE);
        assertThat(code.text()).isEqualTo(first.getString("code"));

        String stranger = customer().token();
        for (int i = 0; i < tickets.size(); i++) {
            String ticket = tickets.getJsonObject(i).getString("id");
            Api.assertProblem(text(get("/api/v1/tickets/" + ticket + ".pdf", stranger)), 404, "ticket.unknown");
            Api.assertProblem(text(get("/api/v1/tickets/" + ticket + "/qr.png", stranger)), 404, "ticket.unknown");
        }
        Api.assertProblem(text(get("/api/v1/bookings/" + booking + "/tickets.pdf", stranger)), 404, "booking.unknown");
        Api.assertProblem(text(get("/api/v1/tickets/999999999.pdf", customer.token())), 404, "ticket.unknown");
        Api.assertProblem(text(get("/api/v1/tickets/nonsense/qr.png", customer.token())), 404, "ticket.unknown");
        assertThat(get("/api/v1/tickets/" + first.getString("id") + ".pdf", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void thePdfSpeaksGermanWhenAskedAndAJourneysCodeIsAnAztecCode() throws Exception {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("ICE 578"), TestData.unique("Hamburg"), IN_A_MONTH, "59.90", 10);
        TestData.execute(
                "update event set origin = 'Hamburg Hbf', destination = 'München Hbf', arrival_zone = 'Europe/Berlin'"
                        + " where id = ?",
                event.eventId());
        Customer customer = customer();
        String booking = id(hold(customer.token(), itemsBody(event, 1)));
        JsonObject ticket = paid(customer, booking).getJsonObject(0);

        HttpResponse<byte[]> pdf = get(
                "/api/v1/tickets/" + ticket.getString("id") + ".pdf",
                customer.token(),
                "Accept-Language",
                "fr-CH, de;q=0.8, en;q=0.5");
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            assertThat(text(read).replace('\u00a0', ' '))
                    .contains("Ticket 1 von 1", "Einlass", "Standard", "59,90 €", customer.name());
        }
        try (PDDocument read = Loader.loadPDF(
                get("/api/v1/tickets/" + ticket.getString("id") + ".pdf", customer.token(), "Accept-Language", "fr")
                        .body())) {
            assertThat(text(read)).contains("Ticket 1 of 1", "€59.90");
        }

        BarcodeReader.Reading code =
                decode(get("/api/v1/tickets/" + ticket.getString("id") + "/qr.png", customer.token())
                        .body());
        assertThat(code.symbology()).isEqualTo(Symbology.AZTEC);
        assertThat(code.text()).isEqualTo(ticket.getString("code"));
    }

    @Test
    void aBookingWithoutValidTicketsHasNoFiles() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Held"), TestData.unique("Town"), IN_A_MONTH, "10.00", 10);
        Customer customer = customer();
        String held = id(hold(customer.token(), itemsBody(event, 1)));

        Api.assertProblem(
                text(get("/api/v1/bookings/" + held + "/tickets.pdf", customer.token())), 409, "ticket.none-valid");

        String cancelled = id(hold(customer.token(), itemsBody(event, 1)));
        String ticket = paid(customer, cancelled).getJsonObject(0).getString("id");
        TestData.execute("update event set cancellation_hours = 0 where id = ?", event.eventId());
        HttpResponse<String> cancel = Http.postJson(
                Api.uri("/api/v1/bookings/" + cancelled + "/cancel"),
                "",
                "Authorization",
                "Bearer " + customer.token());
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);

        Api.assertProblem(
                text(get("/api/v1/bookings/" + cancelled + "/tickets.pdf", customer.token())),
                409,
                "ticket.none-valid");
        Api.assertProblem(text(get("/api/v1/tickets/" + ticket + ".pdf", customer.token())), 409, "ticket.none-valid");
        Api.assertProblem(
                text(get("/api/v1/tickets/" + ticket + "/qr.png", customer.token())), 409, "ticket.none-valid");
    }

    private static Customer customer() {
        String email = TestData.unique("holder") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        return new Customer(Tokens.valid(account, email, "CUSTOMER"), "Test " + email);
    }

    private static JsonArray paid(Customer customer, String booking) {
        HttpResponse<String> paid = Http.postJson(
                Api.uri("/api/v1/bookings/" + booking + "/payment"),
                APPROVED,
                "Authorization",
                "Bearer " + customer.token());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonObject confirmed = Http.json(paid).getJsonObject("booking");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        return confirmed.getJsonArray("tickets");
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return Http.json(created).getString("id");
    }

    private static HttpResponse<byte[]> get(String path, String token, String... headers) {
        String[] all = headers;
        if (token != null) {
            all = new String[headers.length + 2];
            all[0] = "Authorization";
            all[1] = "Bearer " + token;
            System.arraycopy(headers, 0, all, 2, headers.length);
        }
        return Http.getBytes(Api.uri(path), all);
    }

    /** A byte answer as the text answer that {@link Api#assertProblem} reads. */
    private static HttpResponse<String> text(HttpResponse<byte[]> response) {
        return new TextResponse(response);
    }

    private static String text(PDDocument document) throws java.io.IOException {
        return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
    }

    private static BarcodeReader.Reading decode(byte[] png) {
        return new BarcodeReader().read(png);
    }

    private record TextResponse(HttpResponse<byte[]> bytes) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return bytes.statusCode();
        }

        @Override
        public java.net.http.HttpRequest request() {
            return bytes.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return bytes.headers();
        }

        @Override
        public String body() {
            return new String(bytes.body(), StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return bytes.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return bytes.uri();
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return bytes.version();
        }
    }
}
