package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Admins create, rename and delete event categories; the slug never changes, a category in use is
 * never deleted, every change is audited, and nobody else can.
 */
class CategoriesAdminIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anAdminCreatesACategoryWhoseSlugIsMadeFromItsName() {
        Admin admin = admin();
        String tag = tag();
        String name = "Théâtre & Opéra " + tag;
        String address = TestData.unique("back-office");

        HttpResponse<String> created = Http.postJson(
                categories(),
                "{\"name\":\"  " + name + "  \"}",
                "Authorization",
                "Bearer " + admin.token(),
                "X-Forwarded-For",
                address);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject category = Http.json(created);
        String id = category.getString("id");
        assertThat(category.getString("name")).isEqualTo(name);
        assertThat(category.getString("slug")).isEqualTo("theatre-opera-" + tag);
        assertThat(category.getJsonNumber("events").longValue()).isZero();
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(location.getPath()).isEqualTo("/api/v1/admin/categories/" + id);
        HttpResponse<String> read = Http.getWithToken(Platform.uri(location.getPath()), admin.token());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).getString("slug")).isEqualTo("theatre-opera-" + tag);
        assertThat(adminListed(admin, id)).hasValueSatisfying(listed -> {
            assertThat(listed.getString("name")).isEqualTo(name);
            assertThat(listed.getJsonNumber("events").longValue()).isZero();
        });
        assertThat(publicListed(id)).hasValueSatisfying(listed -> assertThat(listed.getString("slug"))
                .isEqualTo("theatre-opera-" + tag));
        JsonObject event = audited(admin, "CATEGORY_CREATED", candidate -> candidate
                .getString("detail")
                .contains("category " + id + " "));
        assertThat(event.getString("actor")).isEqualTo(admin.email());
        assertThat(event.getString("actorId")).isEqualTo(String.valueOf(admin.id()));
        assertThat(event.getString("address")).isEqualTo(address);
        assertThat(event.getString("detail")).contains(name, "theatre-opera-" + tag);
    }

    @Test
    void aGivenSlugIsKept() {
        Admin admin = admin();
        String slug = "jazz-and-blues-" + tag();

        HttpResponse<String> created = create(admin, "{\"name\":\"Jazz " + slug + "\",\"slug\":\"" + slug + "\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).getString("slug")).isEqualTo(slug);
        HttpResponse<String> empty = create(admin, "{\"name\":\"Blues " + slug + "\",\"slug\":\"\"}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(201);
        assertThat(Http.json(empty).getString("slug"))
                .as("an empty slug is made from the name")
                .isEqualTo("blues-" + slug);
    }

    @Test
    void aTakenSlugOrNameIsAConflictWhateverTheNamesCase() {
        Admin admin = admin();
        String tag = tag();
        String name = "Folk " + tag;
        assertThat(create(admin, "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> slugTaken =
                create(admin, "{\"name\":\"Other " + tag + "\",\"slug\":\"folk-" + tag + "\"}");
        assertThat(slugTaken.statusCode()).as(slugTaken.body()).isEqualTo(409);
        assertThat(Http.contentType(slugTaken)).startsWith("application/problem+json");
        assertThat(Http.json(slugTaken).getString("code")).isEqualTo("catalog.category-slug-taken");

        for (String again : List.of(name, name.toUpperCase(), " folk   " + tag)) {
            HttpResponse<String> nameTaken =
                    create(admin, "{\"name\":\"" + again + "\",\"slug\":\"another-" + tag + "\"}");

            assertThat(nameTaken.statusCode())
                    .as(again + " -> " + nameTaken.body())
                    .isEqualTo(409);
            assertThat(Http.json(nameTaken).getString("code")).isEqualTo("catalog.category-name-taken");
        }
        String otherId =
                Http.json(create(admin, "{\"name\":\"Country " + tag + "\"}")).getString("id");
        HttpResponse<String> renamedOnto = rename(admin, otherId, name.toLowerCase());
        assertThat(renamedOnto.statusCode()).as(renamedOnto.body()).isEqualTo(409);
        assertThat(Http.json(renamedOnto).getString("code")).isEqualTo("catalog.category-name-taken");
        assertThat(TestData.count("select count(*) from category where slug like ?", "%" + tag))
                .as("no category was made by the refused requests")
                .isEqualTo(2);
    }

    @Test
    void badInputIsInvalidInputNamingTheField() {
        Admin admin = admin();
        String tag = tag();

        for (String body : List.of(
                "{\"name\":\"\"}",
                "{\"name\":\"   \"}",
                "{}",
                "{\"name\":\"" + "x".repeat(81) + "\"}",
                "{\"slug\":\"no-name-" + tag + "\"}")) {
            assertInvalidInput(create(admin, body), body, "name");
        }
        for (String slug : List.of(
                "Bad Slug", "UPPER", "-jazz", "jazz-", "jazz--blues", "jazz_blues", "théâtre", "a".repeat(81))) {
            String body = "{\"name\":\"Fine " + tag + "\",\"slug\":\"" + slug + "\"}";
            assertInvalidInput(create(admin, body), body, "slug");
        }
        String id =
                Http.json(create(admin, "{\"name\":\"Renamable " + tag + "\"}")).getString("id");
        for (String body : List.of("{\"name\":\" \"}", "{}", "{\"name\":\"" + "y".repeat(81) + "\"}")) {
            HttpResponse<String> response = Http.putJson(
                    Platform.uri("/api/v1/admin/categories/" + id), body, "Authorization", "Bearer " + admin.token());
            assertInvalidInput(response, body, "name");
        }

        HttpResponse<String> noSlugToMake = create(admin, "{\"name\":\"!!! ??? !!!\"}");
        assertThat(noSlugToMake.statusCode()).as(noSlugToMake.body()).isEqualTo(422);
        assertThat(Http.json(noSlugToMake).getString("code")).isEqualTo("catalog.invalid-category.derived-slug");
        assertThat(TestData.count("select count(*) from category where name like ?", "%" + tag))
                .isEqualTo(1);
    }

    @Test
    void renamingKeepsTheSlugAndCustomersSeeTheNewName() {
        Admin admin = admin();
        String tag = tag();
        JsonObject created = Http.json(create(admin, "{\"name\":\"Cabaret " + tag + "\"}"));
        String id = created.getString("id");
        String address = TestData.unique("renamer");

        HttpResponse<String> renamed = Http.putJson(
                Platform.uri("/api/v1/admin/categories/" + id),
                "{\"name\":\" Cabaret  and Variety " + tag + "\"}",
                "Authorization",
                "Bearer " + admin.token(),
                "X-Forwarded-For",
                address);

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        JsonObject category = Http.json(renamed);
        assertThat(category.getString("id")).isEqualTo(id);
        assertThat(category.getString("name")).isEqualTo("Cabaret and Variety " + tag);
        assertThat(category.getString("slug")).isEqualTo("cabaret-" + tag);
        assertThat(publicListed(id)).hasValueSatisfying(listed -> {
            assertThat(listed.getString("name")).isEqualTo("Cabaret and Variety " + tag);
            assertThat(listed.getString("slug")).isEqualTo("cabaret-" + tag);
        });
        JsonObject event = audited(admin, "CATEGORY_RENAMED", candidate -> candidate
                .getString("detail")
                .contains("category " + id + " "));
        assertThat(event.getString("detail")).contains("Cabaret " + tag, "Cabaret and Variety " + tag);
        assertThat(event.getString("address")).isEqualTo(address);

        HttpResponse<String> caseOnly = rename(admin, id, "CABARET AND VARIETY " + tag);
        assertThat(caseOnly.statusCode())
                .as("a category may change the case of its own name")
                .isEqualTo(200);
        assertThat(Http.json(caseOnly).getString("slug")).isEqualTo("cabaret-" + tag);
    }

    @Test
    void anUnusedCategoryIsDeletedAndTheDeletionAudited() {
        Admin admin = admin();
        String tag = tag();
        String id = Http.json(create(admin, "{\"name\":\"Short-lived " + tag + "\"}"))
                .getString("id");
        String address = TestData.unique("cleaner");

        HttpResponse<String> deleted = delete(id, admin.token(), address);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        HttpResponse<String> gone = Http.getWithToken(Platform.uri("/api/v1/admin/categories/" + id), admin.token());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(Http.json(gone).getString("code")).isEqualTo("catalog.unknown-category");
        assertThat(adminListed(admin, id)).isEmpty();
        assertThat(publicListed(id)).isEmpty();
        JsonObject event = audited(admin, "CATEGORY_DELETED", candidate -> candidate
                .getString("detail")
                .contains("category " + id + " "));
        assertThat(event.getString("detail")).contains("Short-lived " + tag, "short-lived-" + tag);
        assertThat(event.getString("actor")).isEqualTo(admin.email());
        assertThat(event.getString("address")).isEqualTo(address);
        assertThat(delete(id, admin.token(), null).statusCode())
                .as("deleted once only")
                .isEqualTo(404);
    }

    @Test
    void aCategoryInUseIsNotDeletedAndTheAnswerSaysByHowManyEvents() {
        Admin admin = admin();
        String tag = tag();
        String id = Http.json(create(admin, "{\"name\":\"Busy " + tag + "\"}")).getString("id");
        TestData.draftEventIn(Long.parseLong(id), "First " + tag);
        TestData.draftEventIn(Long.parseLong(id), "Second " + tag);

        HttpResponse<String> refused = delete(id, admin.token(), null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Http.contentType(refused)).startsWith("application/problem+json");
        JsonObject problem = Http.json(refused);
        assertThat(problem.getString("code")).isEqualTo("catalog.category-in-use");
        assertThat(problem.getString("detail")).contains("Busy " + tag, "2 events");
        assertThat(adminListed(admin, id))
                .hasValueSatisfying(listed ->
                        assertThat(listed.getJsonNumber("events").longValue()).isEqualTo(2));
        HttpResponse<String> read = Http.getWithToken(Platform.uri("/api/v1/admin/categories/" + id), admin.token());
        assertThat(Http.json(read).getJsonNumber("events").longValue()).isEqualTo(2);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'CATEGORY_DELETED' and detail like ?",
                        "category " + id + " %"))
                .isZero();
    }

    @Test
    void anUnknownIdIsNotFound() {
        Admin admin = admin();

        for (String unknown : List.of("999999999", "not-an-id")) {
            URI uri = Platform.uri("/api/v1/admin/categories/" + unknown);
            for (HttpResponse<String> response : List.of(
                    Http.getWithToken(uri, admin.token()),
                    Http.putJson(uri, "{\"name\":\"Nowhere\"}", "Authorization", "Bearer " + admin.token()),
                    delete(unknown, admin.token(), null))) {
                assertThat(response.statusCode())
                        .as(unknown + " -> " + response.body())
                        .isEqualTo(404);
                assertThat(Http.json(response).getString("code")).isEqualTo("catalog.unknown-category");
            }
        }
    }

    @Test
    void nobodyButAnAdminListsCreatesRenamesOrDeletes() {
        String tag = tag();
        long category = TestData.category("Guarded " + tag, "guarded-" + tag);
        URI one = Platform.uri("/api/v1/admin/categories/" + category);
        String organizerEmail = TestData.unique("organizer") + "@example.org";
        long organizer = TestData.account(organizerEmail, "ORGANIZER");
        String customerEmail = TestData.unique("customer") + "@example.org";
        long customer = TestData.account(customerEmail, "CUSTOMER");

        for (String token : List.of(
                Tokens.valid(organizer, organizerEmail, "ORGANIZER"),
                Tokens.valid(customer, customerEmail, "CUSTOMER"))) {
            for (HttpResponse<String> response : List.of(
                    Http.getWithToken(categories(), token),
                    Http.postJson(
                            categories(), "{\"name\":\"Sneaky " + tag + "\"}", "Authorization", "Bearer " + token),
                    Http.putJson(one, "{\"name\":\"Sneaky " + tag + "\"}", "Authorization", "Bearer " + token),
                    delete(String.valueOf(category), token, null))) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(Http.contentType(response)).startsWith("application/problem+json");
            }
        }
        assertThat(Http.get(categories()).statusCode()).isEqualTo(401);
        assertThat(Http.postJson(categories(), "{\"name\":\"Sneaky " + tag + "\"}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.putJson(one, "{\"name\":\"Sneaky " + tag + "\"}").statusCode())
                .isEqualTo(401);
        assertThat(delete(String.valueOf(category), null, null).statusCode()).isEqualTo(401);
        assertThat(TestData.text("select name from category where id = ?", category))
                .isEqualTo("Guarded " + tag);
        assertThat(TestData.count("select count(*) from category where name = ?", "Sneaky " + tag))
                .isZero();
    }

    private record Admin(long id, String email, String token) {}

    private static Admin admin() {
        String email = TestData.unique("category-admin") + "@example.org";
        long id = TestData.account(email, "ADMIN");
        return new Admin(id, email, Tokens.valid(id, email, "ADMIN"));
    }

    /** A lower-case suffix that keeps each test's names and slugs its own. */
    private static String tag() {
        return TestData.unique("t").toLowerCase();
    }

    private static URI categories() {
        return Platform.uri("/api/v1/admin/categories");
    }

    private static HttpResponse<String> create(Admin admin, String body) {
        return Http.postJson(categories(), body, "Authorization", "Bearer " + admin.token());
    }

    private static HttpResponse<String> rename(Admin admin, String id, String name) {
        return Http.putJson(
                Platform.uri("/api/v1/admin/categories/" + id),
                "{\"name\":\"" + name + "\"}",
                "Authorization",
                "Bearer " + admin.token());
    }

    private static HttpResponse<String> delete(String id, String token, String address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Platform.uri("/api/v1/admin/categories/" + id))
                .timeout(Duration.ofSeconds(30))
                .DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertInvalidInput(HttpResponse<String> response, String body, String field) {
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(422);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("invalid-input");
        assertThat(problem.getJsonArray("errors").stream()
                        .map(JsonValue::asJsonObject)
                        .map(error -> error.getString("field")))
                .as(body)
                .contains(field)
                .allMatch(field::equals);
    }

    private static Optional<JsonObject> adminListed(Admin admin, String id) {
        return find(org.boxoffice.it.Api.allItems("/api/v1/admin/categories", admin.token()), id);
    }

    private static Optional<JsonObject> publicListed(String id) {
        return find(org.boxoffice.it.Api.allItems("/api/v1/categories", null), id);
    }

    private static Optional<JsonObject> find(JsonArray categories, String id) {
        return categories.stream()
                .map(JsonValue::asJsonObject)
                .filter(category -> id.equals(category.getString("id")))
                .findFirst();
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
