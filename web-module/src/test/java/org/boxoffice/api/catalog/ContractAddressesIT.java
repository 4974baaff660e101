package org.boxoffice.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Api.assertProblem;
import static org.boxoffice.it.Api.organizer;
import static org.boxoffice.it.Api.post;
import static org.boxoffice.it.Api.put;
import static org.boxoffice.it.Api.uri;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The venue and event endpoints at the addresses of the API contract (../shared/API.md): an
 * integrator creates a venue with sections, a draft with its ticket types in one request, changes,
 * publishes and cancels it, and anyone reads the venue and the event's seats.
 */
class ContractAddressesIT {

    @Test
    void anIntegratorPutsAnEventOnSaleThroughTheContractsAddresses() {
        String token = organizer(TestData.organisation(TestData.unique("Integrators")));
        HttpResponse<String> created = post(
                "/api/v1/venues",
                "{\"name\":\"" + TestData.unique("Contract Hall")
                        + "\",\"address\":\"9 Allee\",\"city\":\"Dresden\",\"zoneId\":\"Europe/Berlin\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String venue = Http.json(created).getString("id");
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/v1/venues/" + venue);
        HttpResponse<String> withSeats = post(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Stalls\",\"rows\":2,\"seatsPerRow\":3,\"category\":\"Standard\"}",
                token);
        assertThat(withSeats.statusCode()).as(withSeats.body()).isEqualTo(201);
        String section =
                Http.json(withSeats).getJsonArray("sections").getJsonObject(0).getString("id");
        JsonObject shown = Http.json(Http.get(uri("/api/v1/venues/" + venue)));
        assertThat(shown.getString("city")).isEqualTo("Dresden");
        assertThat(shown.getInt("seats")).isEqualTo(6);
        long category = TestData.category(TestData.unique("Contract"), TestData.unique("contract"));

        String title = TestData.unique("Contract Night");
        HttpResponse<String> draft = post("/api/v1/events", eventJson(venue, category, title, section, "45.00"), token);

        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        JsonObject event = Http.json(draft);
        String id = event.getString("id");
        assertThat(draft.headers().firstValue("Location").orElse("")).endsWith("/api/v1/organizer/events/" + id);
        assertThat(event.getString("status")).isEqualTo("DRAFT");
        // given in UTC, kept and answered in the venue's zone (Berlin is UTC+2 in June)
        assertThat(event.getString("startsAt")).isEqualTo("2040-06-01T20:00:00+02:00");
        assertThat(event.getString("endsAt")).isEqualTo("2040-06-01T23:00:00+02:00");
        JsonArray types = event.getJsonArray("ticketTypes");
        assertThat(types).hasSize(2);
        assertThat(types.getJsonObject(0).getString("sectionId")).isEqualTo(section);
        assertThat(types.getJsonObject(1).getInt("capacity")).isEqualTo(100);

        HttpResponse<String> changed = put(
                "/api/v1/events/" + id,
                "{\"categoryId\":\"" + category + "\",\"title\":\"" + title + " (late)\","
                        + "\"startsAt\":\"2040-06-01T21:00\",\"endsAt\":\"2040-06-01T23:30\"}",
                token);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getString("startsAt")).isEqualTo("2040-06-01T21:00:00+02:00");
        assertProblem(
                put(
                        "/api/v1/events/" + id,
                        eventJson(venue, category, title, section, "45.00")
                                .replace("\"venueId\":\"" + venue + "\",", ""),
                        token),
                422,
                "catalog.invalid-event");

        HttpResponse<String> published = post("/api/v1/events/" + id + "/publish", "", token);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.json(published).getString("status")).isEqualTo("PUBLISHED");

        HttpResponse<String> seats = Http.get(uri("/api/v1/events/" + id + "/seats"));
        assertThat(seats.statusCode()).as(seats.body()).isEqualTo(200);
        JsonObject stalls = Http.json(seats).getJsonArray("sections").getJsonObject(0);
        assertThat(stalls.getString("name")).isEqualTo("Stalls");
        JsonObject firstSeat = stalls.getJsonArray("rows")
                .getJsonObject(0)
                .getJsonArray("seats")
                .getJsonObject(0);
        assertThat(firstSeat.getInt("number")).isEqualTo(1);
        assertThat(firstSeat.getString("category")).isEqualTo("Standard");
        assertThat(firstSeat.getString("status")).isEqualTo("FREE");

        HttpResponse<String> cancelled = post("/api/v1/events/" + id + "/cancel", "", token);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertProblem(post("/api/v1/events/" + id + "/cancel", "", token), 409, "catalog.invalid-state");
    }

    @Test
    void aDraftWithABadTicketTypeIsNotSavedAtAllAndStrangersCannotTouchOthersEvents() {
        String token = organizer(TestData.organisation(TestData.unique("Careful")));
        String venue = Http.json(post(
                        "/api/v1/venues",
                        "{\"name\":\"Hall\",\"address\":\"1 Weg\",\"city\":\"Jena\",\"zoneId\":\"Europe/Berlin\"}",
                        token))
                .getString("id");
        long category = TestData.category(TestData.unique("Careful"), TestData.unique("careful"));
        String title = TestData.unique("Half Saved");

        assertProblem(
                post("/api/v1/events", eventJson(venue, category, title, null, "-1.00"), token),
                422,
                "catalog.invalid-event");
        assertThat(TestData.count("select count(*) from event where title = ?", title))
                .isZero();
        HttpResponse<String> badTime = post(
                "/api/v1/events",
                eventJson(venue, category, title, null, "5.00").replace("2040-06-01T18:00:00Z", "next friday"),
                token);
        assertThat(badTime.statusCode()).as(badTime.body()).isEqualTo(422);
        assertThat(badTime.body()).contains("startsAt");
        assertProblem(
                post("/api/v1/events", eventJson(venue, 999_999_999L, title, null, "5.00"), token),
                422,
                "catalog.invalid-event");

        String id = Http.json(post("/api/v1/events", eventJson(venue, category, title, null, "5.00"), token))
                .getString("id");
        String stranger = organizer(TestData.organisation(TestData.unique("Strangers")));
        assertProblem(
                put(
                        "/api/v1/events/" + id,
                        "{\"categoryId\":\"" + category + "\",\"title\":\"Mine now\","
                                + "\"startsAt\":\"2040-06-01T21:00\",\"endsAt\":\"2040-06-01T23:30\"}",
                        stranger),
                404,
                "catalog.unknown-event");
        assertProblem(post("/api/v1/events/" + id + "/publish", "", stranger), 404, "catalog.unknown-event");
        assertProblem(
                post(
                        "/api/v1/venues/" + venue + "/sections",
                        "{\"name\":\"Mine\",\"standing\":true,\"capacity\":10}",
                        stranger),
                404,
                "venue.unknown");
        assertThat(post("/api/v1/venues", "{}", null).statusCode()).isEqualTo(401);
        String customerEmail = TestData.unique("customer") + "@example.org";
        String customer = Tokens.valid(TestData.account(customerEmail, "CUSTOMER"), customerEmail, "CUSTOMER");
        assertThat(post("/api/v1/events", eventJson(venue, category, title, null, "5.00"), customer)
                        .statusCode())
                .isEqualTo(403);
        assertProblem(Http.get(uri("/api/v1/venues/999999999")), 404, "venue.unknown");
    }

    private static String eventJson(String venue, long category, String title, String section, String price) {
        String seated = section == null
                ? ""
                : "{\"name\":\"Stalls\",\"price\":{\"amount\":\"" + price + "\",\"currency\":\"EUR\"},\"sectionId\":\""
                        + section + "\"},";
        return "{\"venueId\":\"" + venue + "\",\"categoryId\":\"" + category + "\",\"title\":\"" + title
                + "\",\"startsAt\":\"2040-06-01T18:00:00Z\",\"endsAt\":\"2040-06-01T23:00\",\"ticketTypes\":["
                + seated + "{\"name\":\"Standing\",\"price\":{\"amount\":\"" + price
                + "\",\"currency\":\"EUR\"},\"capacity\":100}]}";
    }
}
