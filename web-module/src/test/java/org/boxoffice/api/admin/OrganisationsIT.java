package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** Admins create organizer organisations and make organizers their members; nobody else can. */
class OrganisationsIT {

    @Test
    void anAdminCreatesAnOrganisationThatCanBeReadListedAndIsAudited() {
        Admin admin = admin();
        String name = TestData.unique("Harbour Concerts");
        String address = TestData.unique("head-office");

        HttpResponse<String> created = Http.postJson(
                organisations(),
                "{\"name\":\"  " + name + " \"}",
                "Authorization",
                "Bearer " + admin.token(),
                "X-Forwarded-For",
                address);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject organisation = Http.json(created);
        String id = organisation.getString("id");
        assertThat(organisation.getString("name")).isEqualTo(name);
        assertThat(organisation.getString("createdAt")).isNotBlank();
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(location.getPath()).isEqualTo("/api/v1/admin/organisations/" + id);
        HttpResponse<String> read = Http.getWithToken(Platform.uri(location.getPath()), admin.token());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).getString("name")).isEqualTo(name);
        assertThat(listed(admin)).contains(id);
        JsonObject event = audited(admin, "ORGANISATION_CREATED", candidate -> candidate
                .getString("detail")
                .contains(name));
        assertThat(event.getString("actor")).isEqualTo(admin.email());
        assertThat(event.getString("actorId")).isEqualTo(String.valueOf(admin.id()));
        assertThat(event.getString("address")).isEqualTo(address);
        assertThat(event.getString("detail")).contains(id);
    }

    @Test
    void aNameTakenAlreadyIsAConflictWhateverItsCaseAndSpacing() {
        Admin admin = admin();
        String name = TestData.unique("Twice Promotions");
        assertThat(create(admin, name).statusCode()).isEqualTo(201);

        for (String again : List.of(name, name.toUpperCase(), name.replace(" ", "   "))) {
            HttpResponse<String> response = create(admin, again);

            assertThat(response.statusCode()).as(again).isEqualTo(409);
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
            assertThat(Http.json(response).getString("code")).isEqualTo("account.organisation-name-taken");
        }
    }

    @Test
    void aBlankMissingOrOverlongNameIsInvalidInputNamingTheField() {
        Admin admin = admin();

        for (String body :
                List.of("{\"name\":\"\"}", "{\"name\":\"   \"}", "{}", "{\"name\":\"" + "x".repeat(151) + "\"}")) {
            HttpResponse<String> response =
                    Http.postJson(organisations(), body, "Authorization", "Bearer " + admin.token());

            assertThat(response.statusCode())
                    .as(body + " -> " + response.body())
                    .isEqualTo(422);
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
            JsonObject problem = Http.json(response);
            assertThat(problem.getString("code")).isEqualTo("invalid-input");
            assertThat(problem.getJsonArray("errors").stream()
                            .map(JsonValue::asJsonObject)
                            .map(error -> error.getString("field")))
                    .containsExactly("name");
        }
    }

    @Test
    void anAdminMakesAnOrganizerAMemberWhoThenSeesTheOrganisationsEvents() {
        Admin admin = admin();
        String organisation =
                Http.json(create(admin, TestData.unique("Member Hall"))).getString("id");
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Members' night"),
                TestData.unique("City"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                "20.00",
                10);
        TestData.organiseEvent(event.eventId(), Long.parseLong(organisation));
        String email = TestData.unique("new-organizer") + "@example.org";
        long organizer = TestData.account(email, "ORGANIZER");
        String organizerToken = Tokens.valid(organizer, email, "ORGANIZER");
        assertThat(organizerEvents(organizerToken).getInt("total")).isZero();
        String address = TestData.unique("admin-desk");

        HttpResponse<String> assigned = assign(admin, String.valueOf(organizer), organisation, address);

        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        assertThat(TestData.organisationOf(organizer)).isEqualTo(Long.parseLong(organisation));
        JsonObject page = organizerEvents(organizerToken);
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("id"))
                .isEqualTo(String.valueOf(event.eventId()));
        JsonObject audit = audited(admin, "ORGANISER_ASSIGNED", candidate -> String.valueOf(organizer)
                .equals(candidate.getString("subjectId", null)));
        assertThat(audit.getString("actor")).isEqualTo(admin.email());
        assertThat(audit.getString("address")).isEqualTo(address);
        assertThat(audit.getString("detail")).contains("none -> " + organisation);
    }

    @Test
    void onlyOrganizersBecomeMembersOfKnownOrganisations() {
        Admin admin = admin();
        String organisation =
                Http.json(create(admin, TestData.unique("Picky Hall"))).getString("id");
        long customer = TestData.account(TestData.unique("customer") + "@example.org", "CUSTOMER");
        long organizer = TestData.account(TestData.unique("organizer") + "@example.org", "ORGANIZER");

        HttpResponse<String> refused = assign(admin, String.valueOf(customer), organisation, null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Http.contentType(refused)).startsWith("application/problem+json");
        assertThat(Http.json(refused).getString("code")).isEqualTo("account.not-an-organizer");
        assertThat(TestData.organisationOf(customer)).isNull();
        for (String unknown : List.of("999999999", "not-an-id")) {
            HttpResponse<String> response = assign(admin, String.valueOf(organizer), unknown, null);
            assertThat(response.statusCode()).as(unknown).isEqualTo(404);
            assertThat(Http.json(response).getString("code")).isEqualTo("account.unknown-organisation");
        }
        HttpResponse<String> unknownAccount = assign(admin, "999999999", organisation, null);
        assertThat(unknownAccount.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknownAccount).getString("code")).isEqualTo("account.unknown");
        assertThat(assign(admin, String.valueOf(organizer), " ", null).statusCode())
                .isEqualTo(422);
        assertThat(TestData.organisationOf(organizer)).isNull();
        HttpResponse<String> unknownOrganisation =
                Http.getWithToken(Platform.uri("/api/v1/admin/organisations/999999999"), admin.token());
        assertThat(unknownOrganisation.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknownOrganisation).getString("code")).isEqualTo("account.unknown-organisation");
    }

    @Test
    void nobodyButAnAdminCreatesListsOrAssigns() {
        long organisation = TestData.organisation(TestData.unique("Guarded"));
        String organizerEmail = TestData.unique("organizer") + "@example.org";
        long organizer = TestData.account(organizerEmail, "ORGANIZER");
        String customerEmail = TestData.unique("customer") + "@example.org";
        long customer = TestData.account(customerEmail, "CUSTOMER");
        URI membership = Platform.uri("/api/v1/admin/accounts/" + organizer + "/organisation");
        String body = "{\"organisationId\":\"" + organisation + "\"}";

        for (String token : List.of(
                Tokens.valid(organizer, organizerEmail, "ORGANIZER"),
                Tokens.valid(customer, customerEmail, "CUSTOMER"))) {
            for (HttpResponse<String> response : List.of(
                    Http.getWithToken(organisations(), token),
                    Http.postJson(
                            organisations(),
                            "{\"name\":\"" + TestData.unique("Sneaky") + "\"}",
                            "Authorization",
                            "Bearer " + token),
                    Http.putJson(membership, body, "Authorization", "Bearer " + token))) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(Http.contentType(response)).startsWith("application/problem+json");
            }
        }
        assertThat(Http.get(organisations()).statusCode()).isEqualTo(401);
        assertThat(Http.putJson(membership, body).statusCode()).isEqualTo(401);
        assertThat(TestData.organisationOf(organizer)).isNull();
    }

    private record Admin(long id, String email, String token) {}

    private static URI organisations() {
        return Platform.uri("/api/v1/admin/organisations");
    }

    private static Admin admin() {
        String email = TestData.unique("org-admin") + "@example.org";
        long id = TestData.account(email, "ADMIN");
        return new Admin(id, email, Tokens.valid(id, email, "ADMIN"));
    }

    private static HttpResponse<String> create(Admin admin, String name) {
        return Http.postJson(
                organisations(), "{\"name\":\"" + name + "\"}", "Authorization", "Bearer " + admin.token());
    }

    private static HttpResponse<String> assign(Admin admin, String account, String organisation, String address) {
        URI uri = Platform.uri("/api/v1/admin/accounts/" + account + "/organisation");
        String body = "{\"organisationId\":\"" + organisation + "\"}";
        return address == null
                ? Http.putJson(uri, body, "Authorization", "Bearer " + admin.token())
                : Http.putJson(uri, body, "Authorization", "Bearer " + admin.token(), "X-Forwarded-For", address);
    }

    private static JsonObject organizerEvents(String token) {
        HttpResponse<String> response = Http.getWithToken(Platform.uri("/api/v1/organizer/events"), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    /** The ids of all organisations, page by page. */
    private static List<String> listed(Admin admin) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> response =
                    Http.getWithToken(Platform.uri("/api/v1/admin/organisations?size=100&page=" + page), admin.token());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject json = Http.json(response);
            List<JsonObject> items = json.getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject)
                    .toList();
            items.forEach(item -> ids.add(item.getString("id")));
            if (items.isEmpty() || ids.size() >= json.getInt("total")) {
                return ids;
            }
        }
    }

    private static JsonObject audited(Admin admin, String action, Predicate<JsonObject> matching) {
        HttpResponse<String> response = Http.getWithToken(Platform.uri("/api/v1/admin/audit?size=100"), admin.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(candidate -> action.equals(candidate.getString("action")))
                .filter(matching)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " event in the newest 100"));
    }
}
