package org.boxoffice.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.api.support.Cases.CASES;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.boxoffice.api.support.Cases.Person;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.junit.jupiter.api.Test;

/**
 * The support desk over HTTP: the queue and its filters, assignment and who is told of a customer's
 * message, internal notes the customer never sees nor hears of, canned replies, the actions on the
 * booking (cancel, partial refund, ticket resend with the tickets mailed again) with their records,
 * and what organizers see and may do.
 */
class SupportDeskIT {

    private static List<String> ids(HttpResponse<String> listed) {
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return Http.json(listed).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getString("id"))
                .toList();
    }

    private static List<String> queue(Person viewer, String query) {
        return ids(Http.getWithToken(Api.uri(CASES + "?size=100&" + query), viewer.token()));
    }

    @Test
    void theQueueFiltersByStateKindEventOrganisationAgeAndAssigneeTheLongestWaitingFirst() {
        Door door = Cases.door("Queue night");
        Door elsewhere = Cases.door("Other queue night");
        Person customer = Cases.customer();
        Person staff = Cases.staff();
        JsonObject booking = Cases.booking(door, customer, 1);
        JsonObject otherBooking = Cases.booking(elsewhere, customer, 1);
        String older = Cases.opened(customer, "QUESTION", booking, "Older question");
        String newer = Cases.opened(customer, "REFUND_REQUEST", booking, "Newer refund");
        String other = Cases.opened(customer, "PROBLEM", otherBooking, "Elsewhere");
        TestData.execute(
                "update support_case set created_at = created_at - interval '3 hours', state_since = state_since - interval '3 hours' where id = ?",
                Long.parseLong(older));

        String event = "eventId=" + door.event().eventId();
        assertThat(queue(staff, event)).containsExactly(older, newer);
        assertThat(queue(staff, event + "&kind=refund-request")).containsExactly(newer);
        assertThat(queue(staff, "organisationId=" + elsewhere.organisation())).containsExactly(other);
        assertThat(queue(staff, event + "&olderThanHours=2")).containsExactly(older);
        assertThat(queue(staff, event + "&state=waiting-for-customer")).isEmpty();

        Cases.written(older, staff.token(), "Yes, seats together.", false);
        assertThat(queue(staff, event))
                .as("the one waiting for an answer first")
                .containsExactly(newer, older);
        assertThat(queue(staff, event + "&state=WAITING_FOR_CUSTOMER")).containsExactly(older);

        HttpResponse<String> assigned =
                Api.put(CASES + "/" + newer + "/assignee", "{\"assigneeId\":\"me\"}", staff.token());
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(Http.json(assigned).getJsonObject("supportCase").getString("assigneeId"))
                .isEqualTo(String.valueOf(staff.id()));
        assertThat(queue(staff, event + "&assignee=me")).containsExactly(newer);
        assertThat(queue(staff, event + "&assignee=" + staff.id())).containsExactly(newer);
        assertThat(queue(staff, event + "&assignee=none")).containsExactly(older);
        assertThat(Http.getWithToken(Api.uri(CASES + "?assignee=somebody"), staff.token())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theAssigneeOrElseTheOrganizersAreToldOfACustomerMessage() {
        Door door = Cases.door("Told night");
        Person customer = Cases.customer();
        Person staff = Cases.staff();
        Person colleague = Cases.staff();
        Person organizer = Cases.organizerOf(door);
        JsonObject booking = Cases.booking(door, customer, 1);
        String id = Cases.opened(customer, "PROBLEM", booking, "Nobody assigned");

        TestMail.await(organizer.email(), "Customer message on support case " + id, Duration.ofSeconds(30));

        Api.assertProblem(
                Api.put(CASES + "/" + id + "/assignee", "{\"assigneeId\":\"" + customer.id() + "\"}", staff.token()),
                422,
                "support.invalid-assignee");
        long version = Cases.version(id, staff.token());
        Api.assertProblem(
                Api.put(
                        CASES + "/" + id + "/assignee",
                        "{\"assigneeId\":\"" + colleague.id() + "\",\"caseVersion\":" + (version - 1) + "}",
                        staff.token()),
                409,
                "support.case-changed");
        HttpResponse<String> assigned = Api.put(
                CASES + "/" + id + "/assignee",
                "{\"assigneeId\":\"" + colleague.id() + "\",\"caseVersion\":" + version + "}",
                staff.token());
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        Cases.written(id, customer.token(), "Still nothing", false);

        TestMail.Received told =
                TestMail.await(colleague.email(), "Customer message on support case " + id, Duration.ofSeconds(30));
        assertThat(told.text()).contains("Still nothing", "/support/case.xhtml?id=" + id);
    }

    @Test
    void internalNotesAreNeverShownNorToldToTheCustomer() {
        Door door = Cases.door("Noted night");
        Person customer = Cases.customer();
        Person staff = Cases.staff();
        Person organizer = Cases.organizerOf(door);
        JsonObject booking = Cases.booking(door, customer, 1);
        String id = Cases.opened(customer, "CANCELLATION_REQUEST", booking, "Cancel please");
        String note = "Internal: customer cancelled twice before " + TestData.unique("note");

        Cases.written(id, staff.token(), note, true);
        Cases.written(id, organizer.token(), "Organizer note " + note, true);
        Cases.written(id, staff.token(), "We are looking into it.", false);

        JsonObject seen = Cases.get(id, customer.token());
        assertThat(seen.getJsonArray("messages").toString()).doesNotContain(note);
        assertThat(seen.getJsonArray("messages")).hasSize(2);
        assertThat(seen.getJsonArray("actions")).isEmpty();
        assertThat(seen.getJsonObject("supportCase").getString("state")).isEqualTo("WAITING_FOR_CUSTOMER");
        JsonObject desk = Cases.get(id, staff.token());
        assertThat(desk.getJsonArray("messages")).hasSize(4);
        assertThat(desk.getJsonArray("messages").getJsonObject(1).getBoolean("internal"))
                .isTrue();
        assertThat(desk.getJsonArray("messages").getJsonObject(2).getString("side"))
                .isEqualTo("ORGANIZER");
        assertThat(Cases.get(id, organizer.token()).getJsonArray("messages")).hasSize(4);

        TestMail.await(customer.email(), "Answer to your support case " + id, Duration.ofSeconds(30));
        assertThat(TestMail.receivedBy(customer.email()))
                .filteredOn(mail -> mail.subject().contains("support case"))
                .hasSize(1)
                .allSatisfy(mail -> assertThat(mail.text()).doesNotContain(note));
        HttpResponse<String> inbox =
                Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications"), customer.token());
        assertThat(inbox.body()).doesNotContain(note);
        HttpResponse<String> export = Http.getWithToken(Platform.uri("/api/v1/accounts/me/export"), customer.token());
        assertThat(export.body()).doesNotContain(note);
    }

    @Test
    void cannedRepliesAreKeptByTheDeskOnly() {
        Person staff = Cases.staff();
        Person admin = Cases.person("support-admin", "ADMIN");
        String replies = "/api/v1/support/canned-replies";
        String title = TestData.unique("Tickets resent");

        HttpResponse<String> created = Api.post(
                replies,
                "{\"title\":\"" + title + "\",\"body\":\"We sent your tickets again.\",\"language\":\"EN\"}",
                staff.token());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).getString("id");
        assertThat(Http.json(created).getString("language")).isEqualTo("en");
        HttpResponse<String> german = Api.post(
                replies,
                "{\"title\":\"" + title
                        + " DE\",\"body\":\"Wir haben Ihre Tickets erneut gesendet.\",\"language\":\"de\"}",
                admin.token());
        assertThat(german.statusCode()).as(german.body()).isEqualTo(201);

        String english = Api.allItems(replies + "?language=en", staff.token()).toString();
        assertThat(english).contains(title).doesNotContain(title + " DE");
        HttpResponse<String> changed = Api.put(
                replies + "/" + id,
                "{\"title\":\"" + title + "\",\"body\":\"Your tickets are on their way.\",\"language\":\"en\"}",
                admin.token());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(Http.getWithToken(Api.uri(replies + "/" + id), staff.token()))
                        .getString("body"))
                .isEqualTo("Your tickets are on their way.");
        Api.assertProblem(
                Api.post(replies, "{\"title\":\"x\",\"body\":\"y\",\"language\":\"english\"}", staff.token()),
                422,
                "support.invalid-language");
        Api.assertProblem(
                Api.post(replies, "{\"title\":\"\",\"body\":\"y\",\"language\":\"en\"}", staff.token()),
                422,
                "support.invalid-title");
        assertThat(Http.delete(Api.uri(replies + "/" + id), "Authorization", "Bearer " + staff.token())
                        .statusCode())
                .isEqualTo(204);
        Api.assertProblem(
                Http.getWithToken(Api.uri(replies + "/" + id), staff.token()), 404, "support.unknown-canned-reply");

        Door door = Cases.door("Canned night");
        Person organizer = Cases.organizerOf(door);
        assertThat(Http.getWithToken(Api.uri(replies), organizer.token()).statusCode())
                .isEqualTo(403);
        assertThat(Api.post(
                                replies,
                                "{\"title\":\"t\",\"body\":\"b\",\"language\":\"en\"}",
                                Cases.customer().token())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDeskRefundsPartOfABookingResendsItsTicketsAndCancelsIt() {
        Door door = Cases.door("Acted night");
        Person customer = Cases.customer();
        Person staff = Cases.staff();
        JsonObject booking = Cases.booking(door, customer, 2);
        String bookingId = booking.getString("id");
        String ticket = booking.getJsonArray("tickets").getJsonObject(0).getString("id");
        String id = Cases.opened(customer, "REFUND_REQUEST", booking, "One friend cannot come");
        String confirmation = "Booking " + bookingId + " confirmed";
        TestMail.await(customer.email(), confirmation, Duration.ofSeconds(30));

        long version = Cases.version(id, staff.token());
        HttpResponse<String> refunded = Cases.action(
                id,
                staff.token(),
                "refunds",
                "{\"caseVersion\":" + version + ",\"ticketIds\":[\"" + ticket
                        + "\"],\"answer\":\"We refunded one ticket.\"}");
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        JsonObject result = Http.json(refunded);
        assertThat(result.getJsonObject("refund").getJsonArray("ticketIds").getString(0))
                .isEqualTo(ticket);
        assertThat(new java.math.BigDecimal(
                        result.getJsonObject("refund").getJsonObject("amount").getString("amount")))
                .as("the ticket's price, and its service fee if any")
                .isGreaterThanOrEqualTo(new java.math.BigDecimal("15.00"));
        assertThat(result.getJsonObject("action").getString("kind")).isEqualTo("REFUND");
        JsonObject after = result.getJsonObject("supportCase").getJsonObject("supportCase");
        assertThat(after.getJsonNumber("version").longValue()).isGreaterThan(version);
        assertThat(after.getString("state")).isEqualTo("WAITING_FOR_CUSTOMER");
        TestMail.await(customer.email(), "Answer to your support case " + id, Duration.ofSeconds(30));

        Api.assertProblem(
                Cases.action(id, staff.token(), "refunds", "{\"caseVersion\":" + version + ",\"amount\":\"1.00\"}"),
                409,
                "support.case-changed");

        long current = Cases.version(id, staff.token());
        HttpResponse<String> resent =
                Cases.action(id, staff.token(), "ticket-resend", "{\"caseVersion\":" + current + "}");
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 30_000;
        while (TestMail.receivedBy(customer.email()).stream()
                                .filter(mail -> mail.subject().contains(confirmation))
                                .count()
                        < 2
                && System.currentTimeMillis() < deadline) {
            sleep();
        }
        List<TestMail.Received> confirmations = TestMail.receivedBy(customer.email()).stream()
                .filter(mail -> mail.subject().contains(confirmation))
                .toList();
        assertThat(confirmations).as("the confirmation sent again").hasSize(2);
        assertThat(confirmations.get(1).attachments())
                .extracting(TestMail.Attachment::name)
                .containsExactly("booking-" + bookingId + "-tickets.pdf");

        current = Cases.version(id, staff.token());
        HttpResponse<String> cancelled = Cases.action(id, staff.token(), "cancel", "{\"caseVersion\":" + current + "}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(TestData.text("select status from booking where id = ?", Long.parseLong(bookingId)))
                .isEqualTo("REFUNDED");
        JsonArray actions = Cases.get(id, staff.token()).getJsonArray("actions");
        assertThat(actions.stream().map(action -> action.asJsonObject().getString("kind")))
                .containsExactly("REFUND", "RESEND_TICKETS", "CANCEL");
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'SUPPORT_ACTION' and detail like ?",
                        "case " + id + ":%"))
                .isEqualTo(3);
        current = Cases.version(id, staff.token());
        Api.assertProblem(
                Cases.action(id, staff.token(), "ticket-resend", "{\"caseVersion\":" + current + "}"),
                409,
                "support.booking-not-confirmed");
        Api.assertProblem(
                Cases.action(id, staff.token(), "cancel", "{\"caseVersion\":" + current + "}"),
                409,
                "booking.invalid-state");
        assertThat(Cases.get(id, customer.token()).getJsonArray("actions")).isEmpty();

        String general = Cases.opened(customer, "GENERAL", null, "No booking here");
        Api.assertProblem(
                Cases.action(
                        general,
                        staff.token(),
                        "cancel",
                        "{\"caseVersion\":" + Cases.version(general, staff.token()) + "}"),
                409,
                "support.no-booking");
    }

    @Test
    void organizersSeeAndAnswerTheirEventsCasesOnlyAndDoNotAct() {
        Door door = Cases.door("Organized night");
        Door elsewhere = Cases.door("Foreign night");
        Person customer = Cases.customer();
        Person organizer = Cases.organizerOf(door);
        Person foreign = Cases.organizerOf(elsewhere);
        JsonObject booking = Cases.booking(door, customer, 1);
        String id = Cases.opened(customer, "QUESTION", booking, "Is there parking?");

        assertThat(queue(organizer, "")).contains(id);
        assertThat(queue(foreign, "")).doesNotContain(id);
        Api.assertProblem(Cases.read(id, foreign.token()), 404, "support.unknown");
        Api.assertProblem(Cases.write(id, foreign.token(), "Hi", false), 404, "support.unknown");
        assertThat(Cases.get(id, organizer.token()).getString("access")).isEqualTo("ORGANIZER");

        Cases.written(id, organizer.token(), "Yes, behind the hall.", false);
        JsonObject seen = Cases.get(id, customer.token());
        assertThat(seen.getJsonObject("supportCase").getString("state")).isEqualTo("WAITING_FOR_CUSTOMER");
        assertThat(seen.getJsonArray("messages").getJsonObject(1).getString("side"))
                .isEqualTo("ORGANIZER");
        TestMail.await(customer.email(), "Answer to your support case " + id, Duration.ofSeconds(30));

        String version = "{\"caseVersion\":" + Cases.version(id, organizer.token()) + "}";
        for (String action : new String[] {"cancel", "refunds", "ticket-resend"}) {
            assertThat(Cases.action(id, organizer.token(), action, version).statusCode())
                    .as(action)
                    .isEqualTo(403);
        }
        assertThat(Cases.state(id, organizer.token(), "CLOSED").statusCode()).isEqualTo(403);
        assertThat(TestData.count("select count(*) from support_action where case_id = ?", Long.parseLong(id)))
                .isZero();
    }

    @Test
    void aMemberOfTheDeskIsTheCustomerOfTheirOwnCaseAndDoesNotWorkOnIt() {
        Door door = Cases.door("Own case night");
        Person member = Cases.person("support-customer", "SUPPORT", "CUSTOMER");
        Person colleague = Cases.staff();
        JsonObject booking = Cases.booking(door, member, 2);
        String id = Cases.opened(member, "REFUND_REQUEST", booking, "My own tickets");
        Cases.written(id, colleague.token(), "Only the desk reads this", true);

        assertThat(queue(member, "scope=mine")).containsExactly(id);
        assertThat(queue(colleague, "scope=mine")).doesNotContain(id);
        assertThat(queue(colleague, "state=OPEN")).contains(id);
        JsonObject seen = Cases.get(id, member.token());
        assertThat(seen.getJsonArray("messages").toString())
                .as("their own case shows them what its customer sees")
                .doesNotContain("Only the desk reads this");

        long version = Cases.version(id, colleague.token());
        String ticket = booking.getJsonArray("tickets").getJsonObject(0).getString("id");
        Api.assertProblem(
                Cases.action(
                        id,
                        member.token(),
                        "refunds",
                        "{\"caseVersion\":" + version + ",\"ticketIds\":[\"" + ticket + "\"]}"),
                403,
                "support.own-case");
        Api.assertProblem(Cases.state(id, member.token(), "RESOLVED"), 403, "support.own-case");
        assertThat(TestData.count(
                        "select count(*) from refund where booking_id = ?", Long.parseLong(booking.getString("id"))))
                .isZero();
        Api.assertProblem(
                Http.getWithToken(Api.uri(CASES + "?scope=theirs"), member.token()), 400, "invalid-parameters");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
