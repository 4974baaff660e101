package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.customer;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Refunds an admin gives, in full or in part, through the built-in test provider: tickets at their
 * price, amounts, never more than was paid, once per idempotency key.
 */
class RefundsIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void partialRefundsThatAddUpToTheTotalAreAcceptedAndOneBeyondItIsRefused() {
        GaEvent event = TestData.publishedEvent(TestData.unique("Refunds"), "Leipzig", IN_A_MONTH, "10.00", 20);
        String customer = customer();
        JsonObject booking = Holds.confirmed(customer, itemsBody(event, 4));
        String id = booking.getString("id");
        JsonArray tickets = booking.getJsonArray("tickets");
        String admin = admin();
        int takenBefore = taken(event);

        HttpResponse<String> first = refund(
                admin,
                id,
                "first",
                "{\"ticketIds\":[\"" + tickets.getJsonObject(0).getString("id") + "\"]}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject refund = Http.json(first).getJsonObject("refund");
        assertThat(refund.getJsonObject("amount").getString("amount")).isEqualTo("10.00");
        assertThat(refund.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(refund.getString("reason")).isEqualTo("ADMIN");
        JsonObject after = Http.json(first).getJsonObject("booking");
        assertThat(after.getString("status")).isEqualTo("CONFIRMED");
        assertThat(after.getJsonArray("tickets").getJsonObject(0).getString("status"))
                .isEqualTo("CANCELLED");
        assertThat(after.getJsonArray("tickets").getJsonObject(1).getString("status"))
                .isEqualTo("VALID");
        assertThat(taken(event))
                .as("the refunded ticket's place is on sale again")
                .isEqualTo(takenBefore - 1);

        HttpResponse<String> again = refund(
                admin,
                id,
                "first",
                "{\"ticketIds\":[\"" + tickets.getJsonObject(0).getString("id") + "\"]}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Http.json(again).getJsonObject("refund").getString("id")).isEqualTo(refund.getString("id"));
        assertThat(taken(event)).as("the same key again changes nothing").isEqualTo(takenBefore - 1);

        assertThat(refund(admin, id, "second", "{\"amount\":\"15.00\"}").statusCode())
                .isEqualTo(200);
        Api.assertProblem(refund(admin, id, "third", "{\"amount\":\"15.01\"}"), 422, "refund.too-large");

        HttpResponse<String> rest = refund(admin, id, "fourth", "{\"amount\":\"15.00\"}");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        Api.assertProblem(refund(admin, id, "fifth", "{\"amount\":\"0.01\"}"), 422, "refund.too-large");

        JsonObject payment = history(customer).getJsonObject(0);
        assertThat(payment.getString("status")).isEqualTo("REFUNDED");
        assertThat(payment.getJsonObject("refunded").getString("amount")).isEqualTo("40.00");
        HttpResponse<String> listed =
                Http.get(Api.uri("/api/v1/admin/bookings/" + id + "/refunds"), "Authorization", "Bearer " + admin);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(listed.body()))) {
            assertThat(reader.readArray()).hasSize(3);
        }
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'BOOKING_REFUNDED' and detail like ?",
                        "booking " + id + ":%"))
                .isEqualTo(3);
    }

    @Test
    void refundingEveryTicketRefundsTheBooking() {
        GaEvent event = TestData.publishedEvent(TestData.unique("All back"), "Leipzig", IN_A_MONTH, "12.50", 5);
        JsonObject booking = Holds.confirmed(customer(), itemsBody(event, 2));
        JsonArray tickets = booking.getJsonArray("tickets");

        HttpResponse<String> refunded = refund(
                admin(),
                booking.getString("id"),
                "all",
                "{\"ticketIds\":[\""
                        + tickets.getJsonObject(0).getString("id") + "\",\""
                        + tickets.getJsonObject(1).getString("id")
                        + "\"]}");

        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        assertThat(Http.json(refunded)
                        .getJsonObject("refund")
                        .getJsonObject("amount")
                        .getString("amount"))
                .isEqualTo("25.00");
        assertThat(Http.json(refunded).getJsonObject("booking").getString("status"))
                .isEqualTo("REFUNDED");
    }

    @Test
    void badRefundsAreRefusedAndChangeNothing() {
        GaEvent event = TestData.publishedEvent(TestData.unique("Refused"), "Leipzig", IN_A_MONTH, "10.00", 5);
        String customer = customer();
        JsonObject booking = Holds.confirmed(customer, itemsBody(event, 1));
        String id = booking.getString("id");
        String ticket = booking.getJsonArray("tickets").getJsonObject(0).getString("id");
        String admin = admin();

        Api.assertProblem(refund(admin, id, "unknown", "{\"ticketIds\":[\"1\"]}"), 422, "refund.unknown-tickets");
        Api.assertProblem(refund(admin, id, "nothing", "{}"), 422, "refund.invalid-amount");
        Api.assertProblem(refund(admin, id, "zero", "{\"amount\":\"0\"}"), 422, "refund.invalid-amount");
        Api.assertProblem(refund(admin, id, "cents", "{\"amount\":\"1.005\"}"), 422, "refund.invalid-amount");
        Api.assertProblem(refund(admin, id, null, "{\"amount\":\"1.00\"}"), 422, "booking.idempotency-key.missing");
        assertThat(refund(admin, id, "once", "{\"amount\":\"1.00\"}").statusCode())
                .isEqualTo(200);
        Api.assertProblem(refund(admin, id, "once", "{\"amount\":\"2.00\"}"), 422, "booking.idempotency-key.reused");
        assertThat(refund(customer, id, "mine", "{\"ticketIds\":[\"" + ticket + "\"]}")
                        .statusCode())
                .isEqualTo(403);
        Api.assertProblem(refund(admin, "999999999", "lost", "{\"amount\":\"1.00\"}"), 404, "booking.unknown");

        JsonObject payment = history(customer).getJsonObject(0);
        assertThat(payment.getJsonObject("refunded").getString("amount")).isEqualTo("1.00");
        assertThat(payment.getString("status")).isEqualTo("PARTIALLY_REFUNDED");
    }

    private static HttpResponse<String> refund(String token, String booking, String key, String body) {
        return key == null
                ? Http.postJson(
                        Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                        body,
                        "Authorization",
                        "Bearer " + token)
                : Http.postJson(
                        Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                        body,
                        "Authorization",
                        "Bearer " + token,
                        "Idempotency-Key",
                        key);
    }

    private static JsonArray history(String customer) {
        HttpResponse<String> page = Http.get(Api.uri("/api/v1/payments"), "Authorization", "Bearer " + customer);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("items");
    }

    private static int taken(GaEvent event) {
        return (int) TestData.count(
                "select coalesce(sum(taken), 0) from allotment where ticket_type_id = ?", event.ticketTypeId());
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        return Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");
    }
}
