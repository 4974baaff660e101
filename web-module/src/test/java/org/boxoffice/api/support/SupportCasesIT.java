package org.boxoffice.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.api.support.Cases.CASES;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.boxoffice.api.support.Cases.Person;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Support cases from the customer's side over HTTP: opening a case about one's booking or a
 * general one, the thread and its states as the desk answers, resolves, closes and reopens, the
 * mail of each answer, and every refusal with its status and code; a closed account's texts go,
 * and the data export carries the cases.
 */
class SupportCasesIT {

    @Test
    void aCustomerOpensACaseAboutTheirBookingAndReadsItAsTyped() {
        Door door = Cases.door("Case night");
        Person customer = Cases.customer();
        JsonObject booking = Cases.booking(door, customer, 1);
        String typed = "My <b>tickets</b> & \"PDF\" never came.\nPlease help.";

        HttpResponse<String> opened =
                Cases.open(customer, "problem", booking.getString("id"), " Tickets missing ", typed);

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonObject view = Http.json(opened);
        JsonObject supportCase = view.getJsonObject("supportCase");
        String id = supportCase.getString("id");
        assertThat(opened.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(CASES + "/" + id));
        assertThat(view.getString("access")).isEqualTo("CUSTOMER");
        assertThat(supportCase.getString("subject")).isEqualTo("Tickets missing");
        assertThat(supportCase.getString("kind")).isEqualTo("PROBLEM");
        assertThat(supportCase.getString("state")).isEqualTo("OPEN");
        assertThat(supportCase.getString("bookingId")).isEqualTo(booking.getString("id"));
        assertThat(supportCase.getString("eventId"))
                .isEqualTo(String.valueOf(door.event().eventId()));
        assertThat(supportCase.getString("organisationId")).isEqualTo(String.valueOf(door.organisation()));
        assertThat(supportCase.containsKey("firstResponseTime"))
                .as("left out until then")
                .isFalse();
        JsonObject first = view.getJsonArray("messages").getJsonObject(0);
        assertThat(first.getString("body")).isEqualTo(typed);
        assertThat(first.getString("side")).isEqualTo("CUSTOMER");

        HttpResponse<String> mine = Http.getWithToken(Api.uri(CASES), customer.token());
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonArray items = Http.json(mine).getJsonArray("items");
        assertThat(items).hasSize(1);
        assertThat(items.getJsonObject(0).getString("id")).isEqualTo(id);

        String general = Cases.opened(customer, "GENERAL", null, "How do gift cards work?");
        assertThat(Cases.get(general, customer.token())
                        .getJsonObject("supportCase")
                        .containsKey("bookingId"))
                .isFalse();
        assertThat(Http.json(Http.getWithToken(Api.uri(CASES + "?state=open"), customer.token()))
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(2);
    }

    @Test
    void theCaseWaitsForTheCustomerAfterAnAnswerWhoIsToldAndReopensItByWriting() {
        Person customer = Cases.customer();
        Person staff = Cases.staff();
        String id = Cases.opened(customer, "GENERAL", null, "Where is my invoice");

        Cases.written(id, staff.token(), "Your invoice is attached to the receipt mail.", false);

        JsonObject answered = Cases.get(id, customer.token()).getJsonObject("supportCase");
        assertThat(answered.getString("state")).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(answered.getString("firstResponseTime")).startsWith("PT");
        TestMail.Received mail =
                TestMail.await(customer.email(), "Answer to your support case " + id, Duration.ofSeconds(30));
        assertThat(mail.text()).contains("Your invoice is attached to the receipt mail.", "/my/case.xhtml?id=" + id);
        HttpResponse<String> inbox =
                Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications"), customer.token());
        assertThat(inbox.body()).contains("/my/case.xhtml?id=" + id);

        Cases.written(id, customer.token(), "Found it, thanks", false);
        assertThat(Cases.state(id, customer.token())).isEqualTo("OPEN");

        assertThat(Cases.state(id, staff.token(), "resolved").statusCode()).isEqualTo(200);
        assertThat(Cases.state(id, customer.token())).isEqualTo("RESOLVED");
        Api.assertProblem(Cases.state(id, staff.token(), "RESOLVED"), 409, "support.invalid-state-change");
        Cases.written(id, customer.token(), "One more thing", false);
        assertThat(Cases.state(id, customer.token())).isEqualTo("OPEN");

        assertThat(Cases.state(id, staff.token(), "CLOSED").statusCode()).isEqualTo(200);
        JsonObject closed = Cases.get(id, customer.token()).getJsonObject("supportCase");
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getString("resolutionTime")).startsWith("PT");
        Api.assertProblem(Cases.write(id, customer.token(), "Hello?", false), 409, "support.case-closed");

        assertThat(Cases.state(id, staff.token(), "open").statusCode()).isEqualTo(200);
        Cases.written(id, customer.token(), "Hello again", false);
        assertThat(Cases.get(id, customer.token()).getJsonArray("messages")).hasSize(5);
    }

    @Test
    void everyRefusalIsAProblemWithItsCode() {
        Door door = Cases.door("Refused case");
        Person customer = Cases.customer();
        Person other = Cases.customer();
        JsonObject booking = Cases.booking(door, customer, 1);
        JsonObject othersBooking = Cases.booking(door, other, 1);
        String id = Cases.opened(customer, "QUESTION", booking, "Seats together?");

        Api.assertProblem(
                Cases.open(customer, "REFUND_REQUEST", othersBooking.getString("id"), "Refund", "Please"),
                404,
                "support.unknown-booking");
        Api.assertProblem(
                Cases.open(customer, "PROBLEM", "999999999", "Refund", "Please"), 404, "support.unknown-booking");
        Api.assertProblem(Cases.read(id, other.token()), 404, "support.unknown");
        Api.assertProblem(Cases.read("999999999", customer.token()), 404, "support.unknown");
        Api.assertProblem(Cases.write(id, other.token(), "Me too", false), 404, "support.unknown");
        Api.assertProblem(Cases.open(customer, "COMPLAINT", null, "Hi", "Hi"), 422, "support.invalid-kind");
        Api.assertProblem(Cases.open(customer, "GENERAL", null, "  ", "Hi"), 422, "support.invalid-subject");
        Api.assertProblem(Cases.open(customer, "GENERAL", null, "x".repeat(201), "Hi"), 422, "support.invalid-subject");
        Api.assertProblem(Cases.open(customer, "GENERAL", null, "Hi", ""), 422, "support.invalid-body");
        Api.assertProblem(Cases.open(customer, "GENERAL", null, "Hi", "x".repeat(8001)), 422, "support.invalid-body");
        Api.assertProblem(Cases.open(customer, "REFUND_REQUEST", null, "Hi", "Hi"), 422, "support.booking-required");
        Api.assertProblem(
                Cases.open(customer, "GENERAL", booking.getString("id"), "Hi", "Hi"),
                422,
                "support.booking-not-allowed");
        Api.assertProblem(Cases.write(id, customer.token(), "a secret", true), 403, "support.internal-not-allowed");
        Api.assertProblem(Cases.write(id, customer.token(), " ", false), 422, "support.invalid-body");

        assertThat(Api.post(CASES, "", customer.token()).statusCode()).isEqualTo(400);
        assertThat(Http.getWithToken(Api.uri(CASES + "?state=sleeping"), customer.token())
                        .statusCode())
                .isEqualTo(400);
        assertThat(Http.get(Api.uri(CASES)).statusCode()).isEqualTo(401);
        String version = "{\"caseVersion\":" + Cases.version(id, customer.token()) + "}";
        for (String action : new String[] {"cancel", "refunds", "ticket-resend"}) {
            HttpResponse<String> refused = Cases.action(id, customer.token(), action, version);
            assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(403);
            assertThat(Http.contentType(refused)).startsWith("application/problem+json");
        }
        assertThat(Cases.state(id, customer.token(), "CLOSED").statusCode()).isEqualTo(403);
        assertThat(Api.put(CASES + "/" + id + "/assignee", "{\"assigneeId\":\"me\"}", customer.token())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(Api.uri("/api/v1/support/canned-replies"), customer.token())
                        .statusCode())
                .isEqualTo(403);

        assertThat(TestData.count("select count(*) from support_case where customer_id = ?", customer.id()))
                .as("no refused request opened a case")
                .isEqualTo(1);
        assertThat(Cases.get(id, customer.token()).getJsonArray("messages")).hasSize(1);
    }

    @Test
    void aClosedAccountsCaseLosesItsTextsAndTheExportCarriesTheCases() {
        String email = TestData.unique("closing-customer") + "@example.org";
        String password = "the closing customer's passphrase";
        long account = TestData.accountWithPassword(email, password, "CUSTOMER");
        Person customer = new Person(account, email, Tokens.valid(account, email, "CUSTOMER"));
        Person staff = Cases.staff();
        String id = Cases.opened(customer, "GENERAL", null, "Delete my data");
        HttpResponse<String> uploaded =
                Cases.upload(id, customer.token(), "note.txt", "text/plain", "my own words in a file".getBytes());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String attachment = Http.json(uploaded).getString("id");
        assertThat(Cases.write(id, customer.token(), "With a file", false, attachment)
                        .statusCode())
                .isEqualTo(201);
        Cases.written(id, staff.token(), "We will do so.", false);

        HttpResponse<String> export = Http.getWithToken(Platform.uri("/api/v1/accounts/me/export"), customer.token());
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonObject exported = Http.json(export).getJsonArray("supportCases").getJsonObject(0);
        assertThat(exported.getString("subject")).isEqualTo("Delete my data");
        assertThat(exported.getJsonArray("messages")).hasSize(3);

        HttpResponse<String> closed = Http.postJson(
                Platform.uri("/api/v1/accounts/me/closure"),
                "{\"password\":" + Cases.quoted(password) + "}",
                "Authorization",
                "Bearer " + customer.token());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);

        JsonObject after = Cases.get(id, staff.token());
        JsonArray messages = after.getJsonArray("messages");
        assertThat(messages.getJsonObject(0).containsKey("body"))
                .as("the customer's words went")
                .isFalse();
        assertThat(messages.getJsonObject(1).containsKey("body")).isFalse();
        assertThat(messages.getJsonObject(2).getString("body")).isEqualTo("We will do so.");
        assertThat(after.getJsonArray("attachments")).isEmpty();
        Api.assertProblem(
                Http.getWithToken(Api.uri(CASES + "/" + id + "/attachments/" + attachment), staff.token()),
                404,
                "support.unknown-attachment");
        assertThat(TestData.count("select count(*) from support_attachment where uploader_id = ?", account))
                .isZero();
    }
}
