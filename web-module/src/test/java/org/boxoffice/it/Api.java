package org.boxoffice.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

/**
 * What the API tests of organizers' and customers' flows share: an organizer's token, JSON calls
 * with a bearer token, and the check of a problem answer.
 */
public final class Api {

    private Api() {}

    public static URI uri(String path) {
        return Platform.uri(path);
    }

    /** A token of a new organizer placed in the organisation. */
    public static String organizer(long organisation) {
        String email = TestData.unique("organizer") + "@example.org";
        long account = TestData.account(email, "ORGANIZER");
        TestData.joinOrganisation(account, organisation);
        return Tokens.valid(account, email, "ORGANIZER");
    }

    /** A new venue of the token's organisation in the zone Europe/Berlin; its id. */
    public static String venue(String token, String name, String city) {
        HttpResponse<String> created = post(
                "/api/v1/venues",
                "{\"name\":\"" + name + "\",\"address\":\"1 Test Street\",\"city\":\"" + city
                        + "\",\"zoneId\":\"Europe/Berlin\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("id");
    }

    /** A JSON POST with the bearer token; none when {@code token} is null. */
    public static HttpResponse<String> post(String path, String json, String token) {
        return token == null
                ? Http.postJson(uri(path), json)
                : Http.postJson(uri(path), json, "Authorization", "Bearer " + token);
    }

    public static HttpResponse<String> put(String path, String json, String token) {
        return Http.putJson(uri(path), json, "Authorization", "Bearer " + token);
    }

    /**
     * Every item of a paged list, page after page of 100 ({@code token} null: without one): the
     * shared test database holds the lists of every test.
     */
    public static jakarta.json.JsonArray allItems(String path, String token) {
        jakarta.json.JsonArrayBuilder items = jakarta.json.Json.createArrayBuilder();
        for (int page = 1; ; page++) {
            URI address = uri(path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page);
            HttpResponse<String> answer = token == null ? Http.get(address) : Http.getWithToken(address, token);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            jakarta.json.JsonObject body = Http.json(answer);
            body.getJsonArray("items").forEach(items::add);
            if ((long) page * 100 >= body.getJsonNumber("total").longValue()) {
                return items.build();
            }
        }
    }

    /** An RFC 9457 answer of this status with this business code. */
    public static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(response).getString("code")).isEqualTo(code);
    }
}
