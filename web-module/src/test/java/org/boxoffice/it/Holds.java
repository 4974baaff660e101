package org.boxoffice.it;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.boxoffice.it.TestData.GaEvent;

/** Customers and their holds over the API: what the booking tests and the tests that need bookings share. */
public final class Holds {

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
}
