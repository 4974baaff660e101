package org.boxoffice.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.boxoffice.it.TestData.GaEvent;

/** Customers and their holds over the API: what the booking tests and the tests that need bookings share. */
public final class Holds {

    /** A card payment that the simulated provider approves at once. */
    public static final String APPROVED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";

    private Holds() {}

    /** A token of a new customer. */
    public static String customer() {
        String email = TestData.unique("customer") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        return Tokens.valid(account, email, "CUSTOMER");
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    public static HttpResponse<String> hold(String token, String key, String body) {
        return key == null
                ? Http.postJson(Api.uri("/api/v1/bookings"), body, "Authorization", "Bearer " + token)
                : Http.postJson(
                        Api.uri("/api/v1/bookings"), body, "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    public static String seatsBody(long eventId, Long... seats) {
        StringBuilder body = new StringBuilder("{\"eventId\":\"" + eventId + "\",\"seats\":[");
        for (int i = 0; i < seats.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(seats[i]).append('"');
        }
        return body.append("]}").toString();
    }

    public static String itemsBody(GaEvent event, int quantity) {
        return "{\"eventId\":\"" + event.eventId() + "\",\"items\":[{\"ticketTypeId\":\"" + event.ticketTypeId()
                + "\",\"quantity\":" + quantity + "}]}";
    }

    /** A hold of the body's seats or places by the customer with a new idempotency key; its answer. */
    public static HttpResponse<String> hold(String token, String body) {
        return hold(token, key(), body);
    }

    /**
     * The body's seats or places held by the customer and paid with an approved card: the confirmed
     * booking as the payment's answer shows it, with its tickets.
     */
    public static JsonObject confirmed(String token, String body) {
        HttpResponse<String> held = hold(token, body);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        String booking = Http.json(held).getString("id");
        HttpResponse<String> paid = Api.post("/api/v1/bookings/" + booking + "/payment", APPROVED, token);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonObject confirmed = Http.json(paid).getJsonObject("booking");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        return confirmed;
    }
}
