package org.boxoffice.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Entry.Issued;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Reviews over HTTP: who may review (checked in at once, verified; a ticket holder after the end),
 * once each; the figures and lists; helpful marks, reports and the organizer's answer; and
 * moderation by support staff and admins, which takes a hidden review out of the figures and tells
 * its author by mail. Every refusal is a problem with its code.
 */
class ReviewsIT {

    /** A customer with a known address: a token and the address. */
    record Customer(long id, String email, String token) {}

    static Customer customer() {
        String email = TestData.unique("reviewer") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        return new Customer(id, email, Tokens.valid(id, email, "CUSTOMER"));
    }

    static String staff(String role) {
        String email = TestData.unique(role.toLowerCase()) + "@example.org";
        return Tokens.valid(TestData.account(email, role), email, role);
    }

    /** The customer holds one paid ticket of the event; the confirmed booking. */
    static JsonObject ticket(Door door, Customer customer) {
        return Holds.confirmed(customer.token(), Holds.itemsBody(door.event(), 1));
    }

    static void ended(Door door) {
        TestData.execute(
                "update event set starts_at = ?, ends_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(4),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                door.event().eventId());
    }

    static HttpResponse<String> review(Door door, String token, int rating, String text) {
        String body = "{\"rating\":" + rating + (text == null ? "" : ",\"text\":" + quoted(text)) + "}";
        return Api.post("/api/v1/events/" + door.event().eventId() + "/reviews", body, token);
    }

    static String posted(Door door, String token, int rating, String text) {
        HttpResponse<String> posted = review(door, token, rating, text);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return Http.json(posted).getString("id");
    }

    static JsonObject list(Door door, String token, String query) {
        String path = "/api/v1/events/" + door.event().eventId() + "/reviews" + query;
        HttpResponse<String> listed = token == null ? Http.get(Api.uri(path)) : Http.getWithToken(Api.uri(path), token);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return Http.json(listed);
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aTicketHolderReviewsOnceAfterTheEndUnverifiedAndTheTextIsKeptAsTyped() {
        Door door = Entry.door("Reviewed night", 10);
        Customer holder = customer();
        ticket(door, holder);

        Api.assertProblem(review(door, holder.token(), 4, "Early"), 409, "review.event-not-ended");
        ended(door);
        String typed = "<b>Great</b> night & \"loud\" ";
        HttpResponse<String> posted = review(door, holder.token(), 4, typed);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonObject review = Http.json(posted);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/api/v1/reviews/" + review.getString("id")));
        assertThat(review.getBoolean("verified")).isFalse();
        assertThat(review.getString("text")).isEqualTo(typed);
        assertThat(review.getInt("rating")).isEqualTo(4);
        Api.assertProblem(review(door, holder.token(), 5, null), 409, "review.already-reviewed");

        JsonObject listed = list(door, null, "");
        assertThat(listed.getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(listed.getJsonNumber("average").bigDecimalValue()).isEqualByComparingTo("4.0");
        assertThat(listed.getJsonObject("distribution").getJsonNumber("4").longValue())
                .isEqualTo(1);
        assertThat(listed.getJsonObject("distribution").getJsonNumber("5").longValue())
                .isZero();
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("text"))
                .isEqualTo(typed);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("author"))
                .isEqualTo("Test " + holder.email());
    }

    @Test
    void aClosedAccountsReviewLosesItsTextAndKeepsItsRating() {
        Door door = Entry.door("Closed reviewer", 10);
        String email = TestData.unique("closing-reviewer") + "@example.org";
        String password = "the closing reviewer's passphrase";
        long id = TestData.accountWithPassword(email, password, "CUSTOMER");
        Customer closing = new Customer(id, email, Tokens.valid(id, email, "CUSTOMER"));
        ticket(door, closing);
        ended(door);
        String review = posted(door, closing.token(), 2, "My own words about the night");
        assertThat(TestData.text("select body from review where id = ?", Long.parseLong(review)))
                .isEqualTo("My own words about the night");

        HttpResponse<String> closed = Http.postJson(
                Platform.uri("/api/v1/accounts/me/closure"),
                "{\"password\":" + quoted(password) + "}",
                "Authorization",
                "Bearer " + closing.token());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);

        assertThat(TestData.count("select count(*) from review where id = ? and body is null", Long.parseLong(review)))
                .as("the text went with the account")
                .isEqualTo(1);
        JsonObject listed = list(door, null, "");
        assertThat(listed.getJsonNumber("count").longValue())
                .as("the rating stays")
                .isEqualTo(1);
        assertThat(listed.getJsonNumber("average").bigDecimalValue()).isEqualByComparingTo("2.0");
        assertThat(listed.toString()).doesNotContain("My own words", email);
    }

    @Test
    void aCheckedInCustomerReviewsAtOnceAndIsVerified() {
        Door door = Entry.door("Checked in", 10);
        Issued ticket = Entry.tickets(door.event(), 1).get(0);
        assertThat(Entry.checkIn(door.organizer(), ticket.code(), null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> posted = review(door, ticket.customerToken(), 5, null);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(Http.json(posted).getBoolean("verified")).isTrue();
        assertThat(Http.json(posted).containsKey("text")).isFalse();
    }

    @Test
    void everyRefusalHasItsCode() {
        Door door = Entry.door("Refusals", 10);
        Customer holder = customer();
        ticket(door, holder);
        Customer cancelled = customer();
        JsonObject booking = ticket(door, cancelled);
        // the event allows cancellations up to 48 hours before it starts
        TestData.execute(
                "update event set cancellation_hours = 48 where id = ?",
                door.event().eventId());
        HttpResponse<String> cancel =
                Api.post("/api/v1/bookings/" + booking.getString("id") + "/cancel", "{}", cancelled.token());
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        ended(door);

        Api.assertProblem(review(door, customer().token(), 4, null), 409, "review.not-attended");
        Api.assertProblem(review(door, cancelled.token(), 4, null), 409, "review.not-attended");
        Api.assertProblem(review(door, holder.token(), 0, null), 422, "review.invalid-rating");
        Api.assertProblem(review(door, holder.token(), 6, null), 422, "review.invalid-rating");
        Api.assertProblem(review(door, holder.token(), 3, "x".repeat(4001)), 422, "review.text-too-long");
        Api.assertProblem(
                Api.post("/api/v1/events/999999999/reviews", "{\"rating\":3}", holder.token()),
                404,
                "catalog.unknown-event");

        String id = posted(door, holder.token(), 3, "x".repeat(4000));
        HttpResponse<String> edited =
                Api.put("/api/v1/reviews/" + id, "{\"rating\":2,\"text\":\"Meh\"}", holder.token());
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Http.json(edited).getInt("rating")).isEqualTo(2);
        assertThat(Http.json(edited).getString("text")).isEqualTo("Meh");
        assertThat(Http.json(edited).getString("editedAt")).isNotBlank();
        Api.assertProblem(
                Api.put("/api/v1/reviews/" + id, "{\"rating\":9}", holder.token()), 422, "review.invalid-rating");
        Api.assertProblem(
                Api.put("/api/v1/reviews/" + id, "{\"rating\":1}", customer().token()), 403, "review.not-author");
        Api.assertProblem(
                Api.put("/api/v1/reviews/999999999", "{\"rating\":1}", holder.token()), 404, "review.unknown");
        Api.assertProblem(Api.post("/api/v1/reviews/999999999/helpful", "", holder.token()), 404, "review.unknown");

        // customers do not moderate
        assertThat(Http.getWithToken(Api.uri("/api/v1/moderation/reviews"), holder.token())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post(
                                "/api/v1/reviews/" + id + "/hide",
                                "{\"reason\":\"x\"}",
                                customer().token())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/api/v1/reviews/" + id + "/restore", "{\"reason\":\"x\"}", holder.token())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.contentType(Api.post("/api/v1/reviews/" + id + "/hide", "{\"reason\":\"x\"}", holder.token())))
                .startsWith("application/problem+json");
    }

    @Test
    void othersMarkHelpfulOnceAndTheListSortsByHelpfulOrNewest() {
        Door door = Entry.door("Helpful", 10);
        Customer early = customer();
        Customer late = customer();
        ticket(door, early);
        ticket(door, late);
        ended(door);
        String first = posted(door, early.token(), 1, "Too loud");
        String second = posted(door, late.token(), 5, "Wonderful");
        String other = Holds.customer();

        HttpResponse<String> marked = Api.post("/api/v1/reviews/" + first + "/helpful", "", other);
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(Http.json(marked).getInt("helpfulCount")).isEqualTo(1);
        Api.assertProblem(Api.post("/api/v1/reviews/" + first + "/helpful", "", other), 409, "review.already-helpful");
        Api.assertProblem(
                Api.post("/api/v1/reviews/" + first + "/helpful", "", early.token()), 409, "review.own-review");
        assertThat(Api.post("/api/v1/reviews/" + first + "/helpful", "", staff("ORGANIZER"))
                        .statusCode())
                .as("any signed-in user")
                .isEqualTo(200);

        JsonArray newest = list(door, null, "").getJsonArray("items");
        JsonArray helpful = list(door, other, "?sort=helpful").getJsonArray("items");
        assertThat(newest.getJsonObject(0).getString("id")).isEqualTo(second);
        assertThat(helpful.getJsonObject(0).getString("id")).isEqualTo(first);
        assertThat(helpful.getJsonObject(0).getInt("helpfulCount")).isEqualTo(2);
        assertThat(helpful.getJsonObject(0).getBoolean("helpfulToYou")).isTrue();
        assertThat(helpful.getJsonObject(1).getBoolean("helpfulToYou")).isFalse();
        JsonObject paged = list(door, null, "?size=1&page=2");
        assertThat(paged.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(paged.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(first);
        assertThat(paged.getJsonNumber("average").bigDecimalValue()).isEqualByComparingTo("3.0");
        assertThat(Http.get(Api.uri("/api/v1/events/" + door.event().eventId() + "/reviews?sort=worst"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theEventsOrganizerAnswersOnceAndOthersDoNot() {
        Door door = Entry.door("Answered", 10);
        Customer holder = customer();
        ticket(door, holder);
        ended(door);
        String id = posted(door, holder.token(), 2, "Cold hall");
        String stranger = Api.organizer(TestData.organisation(TestData.unique("Other Org")));

        Api.assertProblem(
                Api.post("/api/v1/reviews/" + id + "/answer", "{\"text\":\"Not ours\"}", stranger),
                403,
                "review.not-organizer");
        Api.assertProblem(
                Api.post("/api/v1/reviews/" + id + "/answer", "{\"text\":\" \"}", door.organizer()),
                422,
                "review.invalid-answer");
        HttpResponse<String> answered =
                Api.post("/api/v1/reviews/" + id + "/answer", "{\"text\":\"We fixed the heating.\"}", door.organizer());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Http.json(answered).getJsonObject("answer").getString("text"))
                .isEqualTo("We fixed the heating.");
        Api.assertProblem(
                Api.post("/api/v1/reviews/" + id + "/answer", "{\"text\":\"Again\"}", door.organizer()),
                409,
                "review.already-answered");
        assertThat(list(door, null, "")
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("answer")
                        .getString("text"))
                .isEqualTo("We fixed the heating.");
    }

    @Test
    void aReportedReviewIsHiddenOutOfTheFiguresAndRestoredAndItsAuthorIsToldEachTime() {
        Door door = Entry.door("Moderated", 10);
        Customer author = customer();
        Customer fair = customer();
        ticket(door, author);
        ticket(door, fair);
        ended(door);
        String rude = posted(door, author.token(), 1, "The staff are <idiots>");
        posted(door, fair.token(), 5, "Lovely");
        String reporter = Holds.customer();
        String support = staff("SUPPORT");
        String admin = staff("ADMIN");

        HttpResponse<String> reported =
                Api.post("/api/v1/reviews/" + rude + "/reports", "{\"reason\":\"Insults the staff\"}", reporter);
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        Api.assertProblem(
                Api.post("/api/v1/reviews/" + rude + "/reports", "{\"reason\":\"Again\"}", reporter),
                409,
                "review.already-reported");
        Api.assertProblem(
                Api.post("/api/v1/reviews/" + rude + "/reports", "{\"reason\":\"\"}", Holds.customer()),
                422,
                "review.invalid-reason");

        HttpResponse<String> queue = Http.getWithToken(Api.uri("/api/v1/moderation/reviews?size=100"), support);
        assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
        JsonObject queued = Http.json(queue).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonObject("review").getString("id").equals(rude))
                .findFirst()
                .orElseThrow();
        assertThat(queued.getInt("reportCount")).isEqualTo(1);
        assertThat(queued.getJsonArray("reports").getJsonObject(0).getString("reason"))
                .isEqualTo("Insults the staff");
        assertThat(list(door, null, "").getJsonNumber("average").bigDecimalValue())
                .isEqualByComparingTo("3.0");

        HttpResponse<String> hidden =
                Api.post("/api/v1/reviews/" + rude + "/hide", "{\"reason\":\"Insults the staff\"}", support);
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        assertThat(Http.json(hidden).getBoolean("hidden")).isTrue();
        Api.assertProblem(
                Api.post("/api/v1/reviews/" + rude + "/hide", "{\"reason\":\"x\"}", admin),
                409,
                "review.already-hidden");

        JsonObject publicly = list(door, null, "");
        assertThat(publicly.getJsonNumber("average").bigDecimalValue()).isEqualByComparingTo("5.0");
        assertThat(publicly.getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(publicly.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(list(door, author.token(), "").getJsonNumber("total").longValue())
                .as("the author still sees it")
                .isEqualTo(2);
        assertThat(list(door, support, "").getJsonNumber("total").longValue())
                .as("so do moderators")
                .isEqualTo(2);
        Api.assertProblem(Api.post("/api/v1/reviews/" + rude + "/helpful", "", reporter), 404, "review.unknown");
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'REVIEW_HIDDEN' and subject_id = ?"
                                + " and detail like ?",
                        author.id(),
                        "review " + rude + " %Insults the staff"))
                .isEqualTo(1);
        TestMail.Received mail = TestMail.await(author.email(), "was hidden", Duration.ofSeconds(30));
        assertThat(mail.subject()).contains("was hidden").contains(door.event().title());
        assertThat(mail.text()).contains("Reason: Insults the staff").contains("The staff are <idiots>");
        assertThat(mail.html()).contains("The staff are &lt;idiots&gt;");

        HttpResponse<String> restored =
                Api.post("/api/v1/reviews/" + rude + "/restore", "{\"reason\":\"Fair criticism\"}", admin);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(Http.json(restored).getBoolean("hidden")).isFalse();
        assertThat(list(door, null, "").getJsonNumber("average").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("3.0"));
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'REVIEW_RESTORED' and subject_id = ?",
                        author.id()))
                .isEqualTo(1);
        TestMail.Received shownAgain = TestMail.await(author.email(), "shows again", Duration.ofSeconds(30));
        assertThat(shownAgain.text()).contains("Reason: Fair criticism");
        assertThat(Http.json(Http.getWithToken(Api.uri("/api/v1/moderation/reviews?size=100"), admin))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(item -> item.getJsonObject("review").getString("id")))
                .as("off the queue")
                .doesNotContain(rude);
    }

    @Test
    void theDataExportHasTheReviewsWrittenMarkedHelpfulAndReported() {
        Door door = Entry.door("Exported", 10);
        Customer author = customer();
        Customer other = customer();
        ticket(door, author);
        ticket(door, other);
        ended(door);
        String own = posted(door, author.token(), 4, "<i>Mine</i>");
        String theirs = posted(door, other.token(), 2, "Theirs");
        assertThat(Api.post("/api/v1/reviews/" + theirs + "/helpful", "", author.token())
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.post("/api/v1/reviews/" + theirs + "/reports", "{\"reason\":\"Spam, I think\"}", author.token())
                        .statusCode())
                .isEqualTo(201);
        assertThat(Api.post("/api/v1/reviews/" + own + "/hide", "{\"reason\":\"Test\"}", staff("SUPPORT"))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> export = Http.getWithToken(Api.uri("/api/v1/accounts/me/export"), author.token());

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonObject reviews = Http.json(export).getJsonObject("reviews");
        JsonObject written = reviews.getJsonArray("written").getJsonObject(0);
        assertThat(reviews.getJsonArray("written")).hasSize(1);
        assertThat(written.getString("id")).isEqualTo(own);
        assertThat(written.getString("event")).isEqualTo(door.event().title());
        assertThat(written.getInt("rating")).isEqualTo(4);
        assertThat(written.getString("text")).isEqualTo("<i>Mine</i>");
        assertThat(written.getBoolean("hidden")).isTrue();
        assertThat(written.getString("createdAt")).isNotBlank();
        JsonObject helpful = reviews.getJsonArray("helpful").getJsonObject(0);
        assertThat(helpful.getString("reviewId")).isEqualTo(theirs);
        assertThat(helpful.getString("event")).isEqualTo(door.event().title());
        JsonObject report = reviews.getJsonArray("reports").getJsonObject(0);
        assertThat(report.getString("reviewId")).isEqualTo(theirs);
        assertThat(report.getString("reason")).isEqualTo("Spam, I think");
        assertThat(export.body()).as("nothing of the others'").doesNotContain("Theirs", other.email());
    }
}
