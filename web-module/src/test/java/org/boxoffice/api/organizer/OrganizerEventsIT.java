package org.boxoffice.api.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** An organizer sees the events of their own organisation and nothing of any other. */
class OrganizerEventsIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void anOrganizerListsTheEventsOfTheirOrganisationOnlyDraftsIncluded() {
        long mine = TestData.organisation(TestData.unique("Mine"));
        long theirs = TestData.organisation(TestData.unique("Theirs"));
        GaEvent published = event("Published", mine, IN_A_MONTH, true);
        GaEvent draft = event("Draft", mine, IN_A_MONTH.plusDays(1), false);
        GaEvent other = event("Other", theirs, IN_A_MONTH, true);
        event("Nobody's", null, IN_A_MONTH, true);
        String token = organizer(mine);

        JsonObject page = Http.json(ok(Http.getWithToken(Platform.uri("/api/v1/organizer/events"), token)));

        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(ids(page)).containsExactly(id(published), id(draft));
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("title")).isEqualTo(published.title());
        assertThat(first.getString("status")).isEqualTo("PUBLISHED");
        assertThat(first.getString("city")).isEqualTo(published.city());
        assertThat(first.getString("zoneId")).isEqualTo("Europe/Berlin");
        assertThat(page.getJsonArray("items").getJsonObject(1).getString("status"))
                .isEqualTo("DRAFT");
        assertThat(ids(page)).doesNotContain(id(other));
    }

    @Test
    void anOrganizerPagesThroughTheirEventsWithTheTotal() {
        long mine = TestData.organisation(TestData.unique("Pages"));
        GaEvent first = event("First", mine, IN_A_MONTH, true);
        GaEvent second = event("Second", mine, IN_A_MONTH.plusDays(1), true);
        GaEvent third = event("Third", mine, IN_A_MONTH.plusDays(2), true);
        String token = organizer(mine);

        JsonObject one = Http.json(ok(Http.getWithToken(Platform.uri("/api/v1/organizer/events?size=2"), token)));
        JsonObject two =
                Http.json(ok(Http.getWithToken(Platform.uri("/api/v1/organizer/events?size=2&page=2"), token)));

        assertThat(one.getInt("total")).isEqualTo(3);
        assertThat(ids(one)).containsExactly(id(first), id(second));
        assertThat(ids(two)).containsExactly(id(third));
    }

    @Test
    void anOrganizerReadsOneOfTheirEventsWithItsTicketTypes() {
        long mine = TestData.organisation(TestData.unique("Reader"));
        GaEvent published = event("Readable", mine, IN_A_MONTH, true);
        GaEvent draft = event("Planned", mine, IN_A_MONTH, false);
        String token = organizer(mine);

        JsonObject found = Http.json(ok(Http.getWithToken(uri(id(published)), token)));
        JsonObject planned = Http.json(ok(Http.getWithToken(uri(id(draft)), token)));

        assertThat(found.getString("id")).isEqualTo(id(published));
        assertThat(found.getString("status")).isEqualTo("PUBLISHED");
        assertThat(found.getJsonObject("venue").getString("id")).isEqualTo(String.valueOf(published.venueId()));
        JsonObject type = found.getJsonArray("ticketTypes").getJsonObject(0);
        assertThat(type.getString("id")).isEqualTo(String.valueOf(published.ticketTypeId()));
        assertThat(type.getInt("capacity")).isEqualTo(40);
        assertThat(type.getJsonNumber("available").longValue()).isEqualTo(40);
        assertThat(planned.getString("status")).isEqualTo("DRAFT");
        assertThat(planned.getJsonArray("ticketTypes").getJsonObject(0).containsKey("available"))
                .as("a draft has no inventory yet")
                .isFalse();
    }

    @Test
    void anotherOrganisationsEventIsNotFoundExactlyAsAnUnknownIdIs() {
        long mine = TestData.organisation(TestData.unique("Honest"));
        long theirs = TestData.organisation(TestData.unique("Rival"));
        GaEvent rivals = event("Rival's", theirs, IN_A_MONTH, true);
        GaEvent rivalsDraft = event("Rival's draft", theirs, IN_A_MONTH, false);
        GaEvent nobodys = event("Nobody's", null, IN_A_MONTH, true);
        String token = organizer(mine);
        long unknown = 999_999_999L;

        JsonObject unknownProblem = notFound(Http.getWithToken(uri(String.valueOf(unknown)), token));

        for (GaEvent hidden : List.of(rivals, rivalsDraft, nobodys)) {
            JsonObject problem = notFound(Http.getWithToken(uri(id(hidden)), token));

            assertThat(problem.keySet()).isEqualTo(unknownProblem.keySet());
            assertThat(problem.getString("type")).isEqualTo(unknownProblem.getString("type"));
            assertThat(problem.getString("code")).isEqualTo("catalog.unknown-event");
            assertThat(problem.getString("title")).isEqualTo(unknownProblem.getString("title"));
            assertThat(problem.getString("detail"))
                    .isEqualTo(unknownProblem.getString("detail").replace(String.valueOf(unknown), id(hidden)));
            assertThat(problem.toString()).doesNotContain(hidden.title());
        }
        assertThat(notFound(Http.getWithToken(uri("not-an-id"), token)).getString("code"))
                .isEqualTo("catalog.unknown-event");
    }

    @Test
    void anOrganizerWithoutAnOrganisationSeesNothing() {
        long someone = TestData.organisation(TestData.unique("Someone"));
        GaEvent theirs = event("Someone's", someone, IN_A_MONTH, true);
        String token = organizer(null);

        JsonObject page = Http.json(ok(Http.getWithToken(Platform.uri("/api/v1/organizer/events"), token)));

        assertThat(page.getInt("total")).isZero();
        assertThat(page.getJsonArray("items")).isEmpty();
        notFound(Http.getWithToken(uri(id(theirs)), token));
    }

    @Test
    void aMemberWhoseOrganizerRoleWasTakenAwayIsRefusedEvenWithAnOldToken() {
        long mine = TestData.organisation(TestData.unique("Former"));
        GaEvent event = event("Former's", mine, IN_A_MONTH, true);
        String email = TestData.unique("former-organizer") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        TestData.joinOrganisation(account, mine);
        // a token issued while the account was still an organizer
        String token = Tokens.valid(account, email, "ORGANIZER");

        // the token names a role the account no longer has: it counts no more (ActiveAccountFilter)
        assertThat(Http.getWithToken(Platform.uri("/api/v1/organizer/events"), token)
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.getWithToken(uri(id(event)), token).statusCode()).isEqualTo(401);
    }

    @Test
    void aCustomerIsForbidden() {
        long mine = TestData.organisation(TestData.unique("Forbidden"));
        GaEvent event = event("Forbidden", mine, IN_A_MONTH, true);
        String email = TestData.unique("customer") + "@example.org";
        long customer = TestData.account(email, "CUSTOMER");
        // membership alone is not enough: the role is
        TestData.joinOrganisation(customer, mine);
        String token = Tokens.valid(customer, email, "CUSTOMER");

        for (HttpResponse<String> response : List.of(
                Http.getWithToken(Platform.uri("/api/v1/organizer/events"), token),
                Http.getWithToken(uri(id(event)), token))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
            assertThat(Http.json(response).getInt("status")).isEqualTo(403);
        }
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        long mine = TestData.organisation(TestData.unique("Anonymous"));
        GaEvent event = event("Anonymous", mine, IN_A_MONTH, true);

        for (HttpResponse<String> response :
                List.of(Http.get(Platform.uri("/api/v1/organizer/events")), Http.get(uri(id(event))))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
            assertThat(Http.json(response).getInt("status")).isEqualTo(401);
            assertThat(response.body()).doesNotContain(event.title());
        }
    }

    /** A new event of the organisation, or of none for null, in a city of its own. */
    private static GaEvent event(String title, Long organisation, OffsetDateTime startsAt, boolean published) {
        String unique = TestData.unique(title);
        String city = TestData.unique("City");
        GaEvent event = published
                ? TestData.publishedEvent(unique, city, startsAt, "25.00", 40)
                : TestData.draftEvent(unique, city, startsAt, "25.00", 40);
        if (organisation != null) {
            TestData.organiseEvent(event.eventId(), organisation);
        }
        return event;
    }

    /** The token of a new organizer, a member of the organisation, or of none for null. */
    private static String organizer(Long organisation) {
        String email = TestData.unique("organizer") + "@example.org";
        long account = TestData.account(email, "ORGANIZER");
        if (organisation != null) {
            TestData.joinOrganisation(account, organisation);
        }
        return Tokens.valid(account, email, "ORGANIZER");
    }

    private static URI uri(String eventId) {
        return Platform.uri("/api/v1/organizer/events/" + eventId);
    }

    private static String id(GaEvent event) {
        return String.valueOf(event.eventId());
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getString("id"))
                .toList();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("application/json");
        return response;
    }

    private static JsonObject notFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(404);
        return problem;
    }
}
