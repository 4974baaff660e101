package org.boxoffice.api.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Api.assertProblem;
import static org.boxoffice.it.Api.organizer;
import static org.boxoffice.it.Api.post;
import static org.boxoffice.it.Api.uri;
import static org.boxoffice.it.Api.venue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** Organizers build their venues' seat maps; another organisation's venue answers 404. */
class OrganizerVenuesIT {

    @Test
    void anOrganizerBuildsAVenueGeneratesSeatsAndBlocksSome() {
        String token = organizer(TestData.organisation(TestData.unique("Builders")));

        HttpResponse<String> created = post(
                "/api/v1/venues",
                "{\"name\":\"Harbour Hall\",\"address\":\"1 Quay\",\"city\":\"Kiel\",\"zoneId\":\"Europe/Berlin\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String venue = Http.json(created).getString("id");
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/v1/venues/" + venue);

        HttpResponse<String> seated = post(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Stalls\",\"rows\":28,\"seatsPerRow\":5,\"category\":\"Standard\"}",
                token);
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(201);
        assertThat(Http.json(seated).getInt("seats")).isEqualTo(140);
        HttpResponse<String> standing = post(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Floor\",\"standing\":true,\"capacity\":300}",
                token);
        assertThat(standing.statusCode()).as(standing.body()).isEqualTo(201);

        JsonObject map = Http.json(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue + "/seat-map"), token));
        JsonArray rows = map.getJsonArray("sections").getJsonObject(0).getJsonArray("rows");
        assertThat(rows).hasSize(28);
        assertThat(rows.getJsonObject(26).getString("label")).isEqualTo("AA");
        assertThat(map.getJsonArray("sections").getJsonObject(1).getBoolean("seated"))
                .isFalse();
        List<Long> firstRow = new ArrayList<>();
        rows.getJsonObject(0)
                .getJsonArray("seats")
                .forEach(
                        seat -> firstRow.add(((JsonArray) seat).getJsonNumber(0).longValue()));

        HttpResponse<String> changed = post(
                "/api/v1/organizer/venues/" + venue + "/seat-changes",
                "{\"seatIds\":" + firstRow + ",\"category\":\"Premium\",\"accessible\":false,\"blocked\":true}",
                token);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getInt("changed")).isEqualTo(5);
        JsonObject after = Http.json(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue + "/seat-map"), token));
        JsonArray rowA = after.getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonArray("seats");
        assertThat(rowA.getJsonArray(0).getString(3)).isEqualTo("B");
        assertThat(after.getJsonArray("categories")
                        .getString(rowA.getJsonArray(0).getInt(2)))
                .isEqualTo("Premium");
    }

    @Test
    void badPlansAreRefusedWithTheirRule() {
        String token = organizer(TestData.organisation(TestData.unique("Careful")));
        String venue = venue(token, "Small Hall", "Kiel");

        assertProblem(
                post(
                        "/api/v1/venues",
                        "{\"name\":\"X\",\"address\":\"Y\",\"city\":\"Z\",\"zoneId\":\"Mars/Olympus\"}",
                        token),
                422,
                "venue.invalid.zone");
        assertProblem(
                post(
                        "/api/v1/venues/" + venue + "/sections",
                        "{\"name\":\"Huge\",\"rows\":201,\"seatsPerRow\":5,\"category\":\"A\"}",
                        token),
                422,
                "venue.invalid.rows");
        post(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Stalls\",\"rows\":1,\"seatsPerRow\":2,\"category\":\"A\"}",
                token);
        assertProblem(
                post(
                        "/api/v1/venues/" + venue + "/sections",
                        "{\"name\":\"stalls\",\"rows\":1,\"seatsPerRow\":2,\"category\":\"A\"}",
                        token),
                422,
                "venue.invalid.section-name-taken");
        assertProblem(
                post(
                        "/api/v1/organizer/venues/" + venue + "/seat-changes",
                        "{\"seatIds\":[1],\"category\":\"A\",\"accessible\":false,\"blocked\":false}",
                        token),
                422,
                "venue.invalid.seats-unknown");
        HttpResponse<String> missing = post("/api/v1/venues", "{\"name\":\"No address\"}", token);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("address", "city", "zoneId");
    }

    @Test
    void anotherOrganisationsVenueIsNotFoundAndACustomerIsForbidden() {
        String owner = organizer(TestData.organisation(TestData.unique("Owners")));
        String venue = Http.json(post(
                        "/api/v1/venues",
                        "{\"name\":\"Private Hall\",\"address\":\"3 Quay\",\"city\":\"Kiel\",\"zoneId\":\"Europe/Berlin\"}",
                        owner))
                .getString("id");
        String stranger = organizer(TestData.organisation(TestData.unique("Strangers")));

        assertThat(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue), stranger)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue + "/seat-map"), stranger)
                        .statusCode())
                .isEqualTo(404);
        assertProblem(
                post(
                        "/api/v1/venues/" + venue + "/sections",
                        "{\"name\":\"Sneaky\",\"standing\":true,\"capacity\":5}",
                        stranger),
                404,
                "venue.unknown");
        assertThat(Http.json(Http.getWithToken(uri("/api/v1/organizer/venues"), stranger))
                        .getInt("total"))
                .isZero();
        String email = TestData.unique("customer") + "@example.org";
        String customer = Tokens.valid(TestData.account(email, "CUSTOMER"), email, "CUSTOMER");
        assertThat(Http.getWithToken(uri("/api/v1/organizer/venues"), customer).statusCode())
                .isEqualTo(403);
        String loneEmail = TestData.unique("lone") + "@example.org";
        String lone = Tokens.valid(TestData.account(loneEmail, "ORGANIZER"), loneEmail, "ORGANIZER");
        assertProblem(
                post("/api/v1/venues", "{\"name\":\"A\",\"address\":\"B\",\"city\":\"C\",\"zoneId\":\"UTC\"}", lone),
                403,
                "venue.no-organisation");
    }
}
