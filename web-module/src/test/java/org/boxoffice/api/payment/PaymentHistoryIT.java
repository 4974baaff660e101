package org.boxoffice.api.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The transaction history over the API, {@code GET /api/v1/payments}: a customer's own payments
 * newest first with their refunds, an organizer's organisation's, an admin's all; and a paid
 * payment's receipt as a PDF, which another customer does not find.
 */
class PaymentHistoryIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    /** A card the simulated provider declines. */
    private static final String DECLINED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000 0000 0000 0002\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";

    /** A customer's token and account id. */
    private record Customer(String token, long id) {}

    @Test
    void aCustomerSeesTheirPaymentsNewestFirstAPageAtATimeAndNoCardNumber() {
        Customer customer = customer();
        String first =
                Holds.confirmed(customer.token(), itemsBody(event("First"), 2)).getString("id");
        String second =
                Holds.confirmed(customer.token(), itemsBody(event("Second"), 1)).getString("id");

        HttpResponse<String> page1 = list(customer.token(), "?size=1");
        assertThat(page1.statusCode()).as(page1.body()).isEqualTo(200);
        JsonObject one = Http.json(page1);
        assertThat(one.getInt("total")).isEqualTo(2);
        assertThat(one.getJsonArray("items")).hasSize(1);
        JsonObject newest = one.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("bookingId")).isEqualTo(second);
        assertThat(newest.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(newest.getJsonObject("amount").getString("amount")).isEqualTo("20.00");
        assertThat(newest.getString("cardBrand")).isEqualTo("Visa");
        assertThat(newest.getString("cardLast4")).isEqualTo("4242");
        assertThat(newest.getJsonArray("refunds")).isEmpty();
        assertThat(newest.getString("receipt"))
                .isEqualTo("/api/v1/payments/" + newest.getString("id") + "/receipt.pdf");
        assertThat(newest.containsKey("accountId"))
                .as("a customer is not shown account ids")
                .isFalse();
        assertThat(page1.body()).doesNotContain("4242424242424242", "4242 4242");

        JsonObject two = Http.json(list(customer.token(), "?size=1&page=2"));
        assertThat(two.getJsonArray("items").getJsonObject(0).getString("bookingId"))
                .isEqualTo(first);
        assertThat(Http.json(list(customer.token(), "?scope=mine")).getInt("total"))
                .isEqualTo(2);
        assertThat(Http.json(list(customer().token(), "")).getInt("total"))
                .as("another customer sees none of them")
                .isZero();
    }

    @Test
    void aPartialRefundShowsUpWithItsPayment() {
        Customer customer = customer();
        String booking = Holds.confirmed(customer.token(), itemsBody(event("Refunded"), 2))
                .getString("id");

        HttpResponse<String> refunded = refund(admin(), booking, "{\"amount\":\"5.00\"}");
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);

        JsonObject payment =
                Http.json(list(customer.token(), "")).getJsonArray("items").getJsonObject(0);
        assertThat(payment.getString("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(payment.getJsonObject("refunded").getString("amount")).isEqualTo("5.00");
        JsonArray refunds = payment.getJsonArray("refunds");
        assertThat(refunds).hasSize(1);
        JsonObject refund = refunds.getJsonObject(0);
        assertThat(refund.getString("id")).isNotBlank();
        assertThat(refund.getJsonObject("amount").getString("amount")).isEqualTo("5.00");
        assertThat(refund.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(refund.getString("reason")).isEqualTo("ADMIN");
        assertThat(OffsetDateTime.parse(refund.getString("createdAt"))).isBeforeOrEqualTo(OffsetDateTime.now());
    }

    @Test
    void anOrganizerSeesTheirEventsPaymentsAndNotAnotherOrganisations() {
        long ours = TestData.organisation(TestData.unique("Our Org"));
        long theirs = TestData.organisation(TestData.unique("Their Org"));
        GaEvent ourEvent = event("Ours");
        GaEvent theirEvent = event("Theirs");
        TestData.organiseEvent(ourEvent.eventId(), ours);
        TestData.organiseEvent(theirEvent.eventId(), theirs);
        Customer customer = customer();
        String ourBooking =
                Holds.confirmed(customer.token(), itemsBody(ourEvent, 1)).getString("id");
        Holds.confirmed(customer.token(), itemsBody(theirEvent, 1));
        String organizer = Api.organizer(ours);

        JsonObject seen = Http.json(list(organizer, ""));
        assertThat(seen.getInt("total"))
                .as("by default an organizer sees the organisation's")
                .isEqualTo(1);
        JsonObject payment = seen.getJsonArray("items").getJsonObject(0);
        assertThat(payment.getString("bookingId")).isEqualTo(ourBooking);
        assertThat(payment.getString("eventId")).isEqualTo(String.valueOf(ourEvent.eventId()));
        assertThat(Http.json(list(organizer, "?scope=organisation&eventId=" + ourEvent.eventId()))
                        .getInt("total"))
                .isEqualTo(1);

        Api.assertProblem(list(organizer, "?eventId=" + theirEvent.eventId()), 404, "catalog.unknown-event");
        Api.assertProblem(list(organizer, "?scope=all"), 403, "payment.scope-forbidden");
        Api.assertProblem(list(organizer, "?scope=mine"), 403, "payment.scope-forbidden");
        assertField(list(organizer, "?accountId=" + customer.id()), "accountId");
        assertThat(Http.json(list(Api.organizer(theirs), "")).getJsonArray("items").stream()
                        .map(item -> item.asJsonObject().getString("bookingId"))
                        .toList())
                .as("the other organisation does not see ours")
                .doesNotContain(ourBooking)
                .hasSize(1);
    }

    @Test
    void anAdminSeesAllPaymentsByEventOrCustomer() {
        Customer customer = customer();
        GaEvent one = event("Admin one");
        String first = Holds.confirmed(customer.token(), itemsBody(one, 1)).getString("id");
        String second = Holds.confirmed(customer.token(), itemsBody(event("Admin two"), 1))
                .getString("id");
        Holds.confirmed(customer().token(), itemsBody(one, 1));
        String admin = admin();

        JsonObject all = Http.json(list(admin, "?size=100"));
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(3);
        JsonObject ofCustomer = Http.json(list(admin, "?accountId=" + customer.id()));
        assertThat(bookings(ofCustomer)).containsExactly(second, first);
        assertThat(ofCustomer.getJsonArray("items").getJsonObject(0).getString("accountId"))
                .isEqualTo(String.valueOf(customer.id()));
        JsonObject ofEvent = Http.json(list(admin, "?scope=all&eventId=" + one.eventId()));
        assertThat(ofEvent.getInt("total")).isEqualTo(2);
        assertThat(bookings(ofEvent)).contains(first);

        assertField(list(admin, "?eventId=abc"), "eventId");
        assertField(list(admin, "?scope=everything"), "scope");
        assertField(list(admin, "?page=0"), "page");
        Api.assertProblem(list(admin, "?eventId=999999999"), 404, "catalog.unknown-event");
        assertThat(list(null, "").statusCode()).isEqualTo(401);
    }

    @Test
    void theReceiptIsAPdfWithBookingAmountCardAndRefundsForThoseWhoMaySeeThePayment() {
        long organisation = TestData.organisation(TestData.unique("Receipt Org"));
        GaEvent event = event("Receipt");
        TestData.organiseEvent(event.eventId(), organisation);
        Customer customer = customer();
        String booking = Holds.confirmed(customer.token(), itemsBody(event, 2)).getString("id");
        assertThat(refund(admin(), booking, "{\"amount\":\"5.00\"}").statusCode())
                .isEqualTo(200);
        String payment = Http.json(list(customer.token(), ""))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");

        HttpResponse<byte[]> receipt = receipt(customer.token(), payment);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(receipt)).startsWith("application/pdf");
        assertThat(receipt.headers().firstValue("Cache-Control")).contains("private, no-store");
        String text = text(receipt.body());
        assertThat(text)
                .contains(
                        "Receipt",
                        event.title(),
                        booking,
                        "€40.00",
                        "Visa ···4242",
                        "payment-" + payment,
                        "Refunds",
                        "€5.00",
                        "2 places");

        assertNoReceipt(receipt(customer().token(), payment), 404, "payment.unknown");
        assertNoReceipt(receipt(customer.token(), "999999999"), 404, "payment.unknown");
        assertNoReceipt(receipt(customer.token(), "not-an-id"), 404, "payment.unknown");
        assertThat(receipt(Api.organizer(organisation), payment).statusCode()).isEqualTo(200);
        assertNoReceipt(
                receipt(Api.organizer(TestData.organisation(TestData.unique("Other Org"))), payment),
                404,
                "payment.unknown");
        assertThat(receipt(admin(), payment).statusCode()).isEqualTo(200);
        assertThat(text(receipt(customer.token(), payment, "de").body())).contains("Quittung", "Erstattungen");
    }

    @Test
    void aDeclinedPaymentHasNoReceipt() {
        Customer customer = customer();
        HttpResponse<String> held = Holds.hold(customer.token(), itemsBody(event("Declined"), 1));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        HttpResponse<String> declined = Api.post(
                "/api/v1/bookings/" + Http.json(held).getString("id") + "/payment", DECLINED, customer.token());
        assertThat(Http.json(declined).getJsonObject("payment").getString("status"))
                .isEqualTo("DECLINED");
        JsonObject payment =
                Http.json(list(customer.token(), "")).getJsonArray("items").getJsonObject(0);
        assertThat(payment.getString("status")).isEqualTo("DECLINED");
        assertThat(payment.containsKey("receipt")).isFalse();

        assertNoReceipt(receipt(customer.token(), payment.getString("id")), 409, "payment.not-paid");
    }

    private static GaEvent event(String name) {
        return TestData.publishedEvent(TestData.unique(name), TestData.unique("Paytown"), IN_A_MONTH, "20.00", 10);
    }

    private static Customer customer() {
        String email = TestData.unique("payer") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        return new Customer(Tokens.valid(id, email, "CUSTOMER"), id);
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        return Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");
    }

    private static HttpResponse<String> list(String token, String query) {
        return token == null
                ? Http.get(Api.uri("/api/v1/payments" + query))
                : Http.get(Api.uri("/api/v1/payments" + query), "Authorization", "Bearer " + token);
    }

    private static List<String> bookings(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getString("bookingId"))
                .toList();
    }

    private static HttpResponse<String> refund(String admin, String booking, String body) {
        return Http.postJson(
                Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                body,
                "Authorization",
                "Bearer " + admin,
                "Idempotency-Key",
                Holds.key());
    }

    private static HttpResponse<byte[]> receipt(String token, String payment) {
        return Http.getBytes(
                Api.uri("/api/v1/payments/" + payment + "/receipt.pdf"), "Authorization", "Bearer " + token);
    }

    private static HttpResponse<byte[]> receipt(String token, String payment, String language) {
        return Http.getBytes(
                Api.uri("/api/v1/payments/" + payment + "/receipt.pdf"),
                "Authorization",
                "Bearer " + token,
                "Accept-Language",
                language);
    }

    /** A problem of this status and code instead of a receipt. */
    private static void assertNoReceipt(HttpResponse<byte[]> response, int status, String code) {
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(body).getString("code")).isEqualTo(code);
    }

    /** A 400 problem naming this parameter. */
    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(response).getJsonArray("errors").stream()
                        .map(error -> error.asJsonObject().getString("field"))
                        .toList())
                .contains(field);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
