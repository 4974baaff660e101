package org.boxoffice.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Api.assertProblem;
import static org.boxoffice.it.Api.post;
import static org.boxoffice.it.Api.put;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The organisation's service fee and the event's VAT over the API: set by admins and organizers,
 * charged and kept at the hold, shown in the booking, charged by the payment and itemised on the
 * receipt and given back with a ticket an admin refunds; the payment methods an event accepts,
 * and the refusal of another.
 */
class FeesAndTaxesIT {

    private static final String EVENTS = "/api/v1/organizer/events";
    private static final String WALLET = "{\"method\":\"WALLET\",\"walletToken\":\"tok_approve\"}";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A published event of its own organisation, with a general-admission type at 49.50 EUR. */
    record Sale(long organisation, String organizer, String category, String eventId, String ticketTypeId) {

        String items(int quantity) {
            return "{\"eventId\":\"" + eventId + "\",\"items\":[{\"ticketTypeId\":\"" + ticketTypeId
                    + "\",\"quantity\":" + quantity + "}]}";
        }
    }

    private record Customer(String email, String token) {}

    @Test
    void aHoldChargesTheFeePerTicketAndShowsTheVatItsPricesContain() {
        String admin = admin();
        Sale sale = sale(",\"vatRate\":\"19.00\"");
        assertThat(fee(admin, sale.organisation(), "1.50").statusCode()).isEqualTo(200);
        Customer customer = customer();

        HttpResponse<String> held = Holds.hold(customer.token(), sale.items(2));

        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        JsonObject booking = Http.json(held);
        assertCharged(booking, "99.00", "1.50", "3.00", "15.81", "19.00", "102.00");
        String id = booking.getString("id");
        assertCharged(read(customer, id), "99.00", "1.50", "3.00", "15.81", "19.00", "102.00");

        // a later fee and rate are for later bookings: the one held keeps what it was charged
        HttpResponse<String> changed = fee(admin, sale.organisation(), "2.00");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getString("serviceFee")).isEqualTo("2.00");
        HttpResponse<String> lowered = put(
                "/api/v1/events/" + sale.eventId(), eventJson(sale.category(), ",\"vatRate\":\"7\""), sale.organizer());
        assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
        assertThat(Http.json(lowered).getString("vatRate")).isEqualTo("7.00");
        assertCharged(read(customer, id), "99.00", "1.50", "3.00", "15.81", "19.00", "102.00");
        // 49.50 x 7 / 107 = 3.238...
        JsonObject later = Http.json(Holds.hold(customer.token(), sale.items(1)));
        assertCharged(later, "49.50", "2.00", "2.00", "3.24", "7.00", "51.50");

        // the payment charges the total with the fee
        HttpResponse<String> paid = post("/api/v1/bookings/" + id + "/payment", Holds.APPROVED, customer.token());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(Http.json(paid)
                        .getJsonObject("payment")
                        .getJsonObject("amount")
                        .getString("amount"))
                .isEqualTo("102.00");

        TestMail.Received receipt = TestMail.await(customer.email(), "Payment receipt for booking " + id, WAIT);
        assertThat(receipt.text())
                .contains("Amount: €102.00")
                .contains("Tickets: €99.00")
                .contains("Service fee (€1.50 × 2): €3.00")
                .contains("Total: €102.00")
                .contains("incl. VAT 19 %: €15.81");
        assertThat(receipt.html()).contains("Service fee (€1.50 × 2)", "incl. VAT 19 %", "€15.81");

        // and so does the receipt's PDF
        String payment = Http.json(paid).getJsonObject("payment").getString("id");
        HttpResponse<byte[]> pdf = Http.getBytes(
                Api.uri("/api/v1/payments/" + payment + "/receipt.pdf"),
                "Authorization",
                "Bearer " + customer.token(),
                "Accept-Language",
                "en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body()))
                .contains(
                        "Subtotal (tickets) €99.00",
                        "Service fee (€1.50 × 2) €3.00",
                        "Total paid €102.00",
                        "incl. VAT 19 % €15.81");
    }

    @Test
    void anAdminRefundOfATicketGivesBackItsPriceAndItsServiceFee() {
        String admin = admin();
        Sale sale = sale(",\"vatRate\":\"19.00\"");
        assertThat(fee(admin, sale.organisation(), "1.50").statusCode()).isEqualTo(200);
        Customer customer = customer();
        JsonObject booking = Holds.confirmed(customer.token(), sale.items(2));
        String id = booking.getString("id");
        JsonArray tickets = booking.getJsonArray("tickets");

        HttpResponse<String> first = adminRefund(
                admin,
                id,
                "fee-first",
                "{\"ticketIds\":[\"" + tickets.getJsonObject(0).getString("id") + "\"]}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first)
                        .getJsonObject("refund")
                        .getJsonObject("amount")
                        .getString("amount"))
                .as("49.50 and its fee of 1.50")
                .isEqualTo("51.00");

        // the second ticket with its fee: all that was paid has gone back
        HttpResponse<String> second = adminRefund(
                admin,
                id,
                "fee-second",
                "{\"ticketIds\":[\"" + tickets.getJsonObject(1).getString("id") + "\"]}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(Http.json(second).getJsonObject("booking").getString("status"))
                .isEqualTo("REFUNDED");
        JsonObject payment = Http.json(Http.getWithToken(Api.uri("/api/v1/payments"), customer.token()))
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(payment.getString("status")).isEqualTo("REFUNDED");
        assertThat(payment.getJsonObject("refunded").getString("amount")).isEqualTo("102.00");
    }

    @Test
    void anAdminWhoKeepsTheFeeNamesTheAmount() {
        String admin = admin();
        Sale sale = sale("");
        assertThat(fee(admin, sale.organisation(), "1.50").statusCode()).isEqualTo(200);
        Customer customer = customer();
        JsonObject booking = Holds.confirmed(customer.token(), sale.items(2));
        String ticket = booking.getJsonArray("tickets").getJsonObject(0).getString("id");

        HttpResponse<String> refunded = adminRefund(
                admin,
                booking.getString("id"),
                "price-only",
                "{\"ticketIds\":[\"" + ticket + "\"],\"amount\":\"49.50\"}");

        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        assertThat(Http.json(refunded)
                        .getJsonObject("refund")
                        .getJsonObject("amount")
                        .getString("amount"))
                .isEqualTo("49.50");
    }

    @Test
    void withoutFeeAndVatTheTotalIsTheTicketsPrice() {
        Sale sale = sale("");
        Customer customer = customer();

        JsonObject booking = Http.json(Holds.hold(customer.token(), sale.items(3)));

        assertCharged(booking, "148.50", "0.00", "0.00", "0.00", "0.00", "148.50");
    }

    @Test
    void aMethodTheEventDoesNotAcceptIsRefusedAndNothingIsCharged() {
        Sale sale = sale(",\"paymentMethods\":[\"CARD\",\"PAYPAL\"]");
        JsonObject shown = Http.json(Http.get(Api.uri("/api/v1/events/" + sale.eventId())));
        assertThat(shown.getJsonArray("paymentMethods").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("CARD", "PAYPAL");
        Customer customer = customer();
        String booking = Http.json(Holds.hold(customer.token(), sale.items(1))).getString("id");

        HttpResponse<String> refused = post("/api/v1/bookings/" + booking + "/payment", WALLET, customer.token());

        assertProblem(refused, 422, "payment.method-not-offered");
        assertThat(Http.json(refused).getString("detail")).contains("WALLET", "CARD, PAYPAL");
        assertThat(TestData.count("select count(*) from payment where booking_id = ?", Long.parseLong(booking)))
                .isZero();
        assertThat(read(customer, booking).getString("status")).isEqualTo("HELD");
        HttpResponse<String> paid = post("/api/v1/bookings/" + booking + "/payment", Holds.APPROVED, customer.token());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(Http.json(paid).getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void aRateOutsideZeroToHundredANegativeFeeAndNoMethodAreRefusedNamingTheField() {
        String admin = admin();
        long organisation = TestData.organisation(TestData.unique("Fees"));
        String organizer = Api.organizer(organisation);
        String category = category();
        String venue = Api.venue(organizer, "Fee Hall", "Berlin");

        for (String rate : List.of("100.001", "-1", "100.01", "19.5%")) {
            HttpResponse<String> refused =
                    post("/api/v1/events", draftJson(venue, category, ",\"vatRate\":\"" + rate + "\""), organizer);
            assertRefusedNaming(refused, "vatRate");
        }
        assertRefusedNaming(
                post("/api/v1/events", draftJson(venue, category, ",\"paymentMethods\":[]"), organizer),
                "paymentMethods");
        assertProblem(
                post("/api/v1/events", draftJson(venue, category, ",\"paymentMethods\":[\"CASH\"]"), organizer),
                422,
                "catalog.invalid-event");
        HttpResponse<String> hundred =
                post("/api/v1/events", draftJson(venue, category, ",\"vatRate\":\"100\""), organizer);
        assertThat(hundred.statusCode()).as(hundred.body()).isEqualTo(201);
        assertThat(Http.json(hundred).getString("vatRate")).isEqualTo("100.00");
        assertThat(Http.json(hundred).getJsonArray("paymentMethods")).hasSize(3);

        for (String amount : List.of("-1.00", "1.234", "10000")) {
            assertRefusedNaming(fee(admin, organisation, amount), "serviceFee");
        }
        assertProblem(fee(admin, 999_999_999L, "1.00"), 404, "account.unknown-organisation");
        assertThat(Http.putJson(
                                Api.uri("/api/v1/admin/organisations/" + organisation + "/service-fee"),
                                "{\"serviceFee\":\"1.00\"}",
                                "Authorization",
                                "Bearer " + organizer)
                        .statusCode())
                .as("organizers do not set fees")
                .isEqualTo(403);
        JsonObject shown = Http.json(Http.getWithToken(Api.uri("/api/v1/admin/organisations/" + organisation), admin));
        assertThat(shown.get("serviceFee"))
                .as("refused changes leave the organisation without a fee of its own: the platform's default")
                .isIn(null, jakarta.json.JsonValue.NULL);
    }

    private static void assertCharged(
            JsonObject booking,
            String subtotal,
            String serviceFee,
            String fees,
            String tax,
            String rate,
            String total) {
        assertThat(booking.getJsonObject("subtotal").getString("amount")).isEqualTo(subtotal);
        assertThat(booking.getJsonObject("serviceFee").getString("amount")).isEqualTo(serviceFee);
        assertThat(booking.getJsonObject("fees").getString("amount")).isEqualTo(fees);
        assertThat(booking.getJsonObject("fees").getString("currency")).isEqualTo("EUR");
        JsonObject vat = booking.getJsonObject("tax");
        assertThat(vat.getString("amount")).isEqualTo(tax);
        assertThat(vat.getString("currency")).isEqualTo("EUR");
        assertThat(vat.getString("rate")).isEqualTo(rate);
        assertThat(booking.getJsonObject("total").getString("amount")).isEqualTo(total);
    }

    /** 422 invalid-input naming this field among its errors. */
    private static void assertRefusedNaming(HttpResponse<String> response, String field) {
        assertProblem(response, 422, "invalid-input");
        JsonArray errors = Http.json(response).getJsonArray("errors");
        assertThat(errors.getValuesAs(JsonObject.class))
                .as(response.body())
                .extracting(error -> error.getString("field"))
                .contains(field);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject read(Customer customer, String booking) {
        return Http.json(Http.getWithToken(Api.uri("/api/v1/bookings/" + booking), customer.token()));
    }

    private static HttpResponse<String> adminRefund(String admin, String booking, String key, String body) {
        return Http.postJson(
                Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                body,
                "Authorization",
                "Bearer " + admin,
                "Idempotency-Key",
                key);
    }

    private static HttpResponse<String> fee(String admin, long organisation, String amount) {
        return put(
                "/api/v1/admin/organisations/" + organisation + "/service-fee",
                "{\"serviceFee\":\"" + amount + "\"}",
                admin);
    }

    /** A published event of a new organisation; {@code terms} adds fields to the draft, each with a leading comma. */
    private static Sale sale(String terms) {
        long organisation = TestData.organisation(TestData.unique("Fees"));
        String organizer = Api.organizer(organisation);
        String category = category();
        String venue = Api.venue(organizer, "Fee Hall", "Berlin");
        HttpResponse<String> floor = post(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Floor\",\"standing\":true,\"capacity\":300}",
                organizer);
        assertThat(floor.statusCode()).as(floor.body()).isEqualTo(201);
        HttpResponse<String> draft = post("/api/v1/events", draftJson(venue, category, terms), organizer);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String event = Http.json(draft).getString("id");
        HttpResponse<String> type = post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Standing\",\"price\":{\"amount\":\"49.50\",\"currency\":\"EUR\"},\"capacity\":50}",
                organizer);
        assertThat(type.statusCode()).as(type.body()).isEqualTo(201);
        String typeId =
                Http.json(type).getJsonArray("ticketTypes").getJsonObject(0).getString("id");
        HttpResponse<String> published = post("/api/v1/events/" + event + "/publish", "", organizer);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return new Sale(organisation, organizer, category, event, typeId);
    }

    private static String draftJson(String venue, String category, String more) {
        return "{\"venueId\":\"" + venue + "\"," + eventJson(category, more).substring(1);
    }

    private static String eventJson(String category, String more) {
        return "{\"category\":\"" + category + "\",\"title\":\"Fee Night\",\"startsAt\":\"2040-01-15T20:00\","
                + "\"endsAt\":\"2040-01-15T22:30\"" + more + "}";
    }

    private static String category() {
        String slug = TestData.unique("fees");
        TestData.category(TestData.unique("Fees"), slug);
        return slug;
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        long account = TestData.account(email, "ADMIN");
        return Tokens.valid(account, email, "ADMIN");
    }

    private static Customer customer() {
        String email = TestData.unique("customer") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        return new Customer(email, Tokens.valid(account, email, "CUSTOMER"));
    }
}
