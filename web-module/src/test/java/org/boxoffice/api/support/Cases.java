package org.boxoffice.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;

/** What the support ITs share: people with tokens, bookings, and the calls of the cases' API. */
final class Cases {

    static final String CASES = "/api/v1/support/cases";

    /** An account with a known address and a token of its roles. */
    record Person(long id, String email, String token) {}

    private Cases() {}

    static Person person(String prefix, String... roles) {
        String email = TestData.unique(prefix) + "@example.org";
        long id = TestData.account(email, roles);
        return new Person(id, email, Tokens.valid(id, email, roles));
    }

    static Person customer() {
        return person("support-customer", "CUSTOMER");
    }

    static Person staff() {
        return person("support-staff", "SUPPORT");
    }

    /** An organizer of the door's organisation. */
    static Person organizerOf(Door door) {
        Person organizer = person("support-organizer", "ORGANIZER");
        TestData.joinOrganisation(organizer.id(), door.organisation());
        return organizer;
    }

    static Door door(String title) {
        return Entry.door(title, 50);
    }

    /** The customer's confirmed, paid booking of {@code tickets} tickets of the door's event. */
    static JsonObject booking(Door door, Person customer, int tickets) {
        return Holds.confirmed(customer.token(), Holds.itemsBody(door.event(), tickets));
    }

    static String quoted(String text) {
        return text == null
                ? "null"
                : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static HttpResponse<String> open(Person customer, String kind, String bookingId, String subject, String body) {
        return Api.post(
                CASES,
                "{\"kind\":" + quoted(kind) + ",\"bookingId\":" + quoted(bookingId) + ",\"subject\":" + quoted(subject)
                        + ",\"body\":" + quoted(body) + "}",
                customer.token());
    }

    /** A case the customer opened about the booking; its id. */
    static String opened(Person customer, String kind, JsonObject booking, String subject) {
        HttpResponse<String> opened = open(
                customer,
                kind,
                booking == null ? null : booking.getString("id"),
                subject,
                "First words about " + subject);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return Http.json(opened).getJsonObject("supportCase").getString("id");
    }

    static HttpResponse<String> read(String caseId, String token) {
        return Http.getWithToken(Api.uri(CASES + "/" + caseId), token);
    }

    static JsonObject get(String caseId, String token) {
        HttpResponse<String> read = read(caseId, token);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Http.json(read);
    }

    static long version(String caseId, String token) {
        return get(caseId, token)
                .getJsonObject("supportCase")
                .getJsonNumber("version")
                .longValue();
    }

    static String state(String caseId, String token) {
        return get(caseId, token).getJsonObject("supportCase").getString("state");
    }

    static HttpResponse<String> write(
            String caseId, String token, String body, boolean internal, String... attachments) {
        StringBuilder ids = new StringBuilder();
        for (String attachment : attachments) {
            ids.append(ids.isEmpty() ? "" : ",").append(quoted(attachment));
        }
        return Api.post(
                CASES + "/" + caseId + "/messages",
                "{\"body\":" + quoted(body) + ",\"internal\":" + internal + ",\"attachmentIds\":[" + ids + "]}",
                token);
    }

    static void written(String caseId, String token, String body, boolean internal) {
        HttpResponse<String> written = write(caseId, token, body, internal);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
    }

    static HttpResponse<String> upload(String caseId, String token, String name, String contentType, byte[] content) {
        return Http.postBytes(
                Api.uri(CASES + "/" + caseId + "/attachments?name="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)),
                contentType,
                content,
                "Authorization",
                "Bearer " + token);
    }

    static HttpResponse<String> state(String caseId, String token, String state) {
        return Api.put(CASES + "/" + caseId + "/state", "{\"state\":" + quoted(state) + "}", token);
    }

    static HttpResponse<String> action(String caseId, String token, String action, String body) {
        return Api.post(CASES + "/" + caseId + "/" + action, body, token);
    }
}
