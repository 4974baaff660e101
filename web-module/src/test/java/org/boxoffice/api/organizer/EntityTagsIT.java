package org.boxoffice.api.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Api.assertProblem;
import static org.boxoffice.it.Api.organizer;
import static org.boxoffice.it.Api.post;
import static org.boxoffice.it.Api.uri;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * Events and venues carry their version as ETag; a change sent with If-Match of a version that is
 * no longer the current one is refused with 412 and writes nothing, so that two integrators
 * changing the same event cannot overwrite each other unseen.
 */
class EntityTagsIT {

    @Test
    void twoClientsReadTheSameEventAndTheSecondWriteIsRefused() {
        String token = organizer(TestData.organisation(TestData.unique("Tagged")));
        String category = category();
        String venue = Api.venue(token, "Tag Hall", "Hamburg");
        HttpResponse<String> created = post("/api/v1/events", eventJson(venue, category, "Tag Night", "20:00"), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String event = Http.json(created).getString("id");
        String createdTag = etag(created);
        assertThat(createdTag).matches("\"\\d+\"");
        String organizerView = "/api/v1/organizer/events/" + event;

        // both clients read the event: the same ETag, the version in quotes
        HttpResponse<String> first = Http.getWithToken(uri(organizerView), token);
        HttpResponse<String> second = Http.getWithToken(uri(organizerView), token);
        assertThat(etag(first)).isEqualTo(etag(second)).isEqualTo(createdTag);
        assertThat(etag(first)).isEqualTo("\"" + Http.json(first).getJsonNumber("version") + "\"");

        // the first changes the title with the tag it read: accepted, with a new tag
        HttpResponse<String> renamed = putIfMatch(
                "/api/v1/events/" + event,
                eventJson(null, category, "Tag Night (renamed)", "20:00"),
                token,
                etag(first));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        String renamedTag = etag(renamed);
        assertThat(renamedTag).isNotEqualTo(createdTag);
        assertThat(etag(Http.getWithToken(uri(organizerView), token))).isEqualTo(renamedTag);

        // the second changes the start with the tag it read, now stale: 412, nothing written
        HttpResponse<String> stale = putIfMatch(
                "/api/v1/events/" + event, eventJson(null, category, "Tag Night", "21:00"), token, etag(second));
        assertProblem(stale, 412, "catalog.event-changed");
        JsonObject now = Http.json(Http.getWithToken(uri(organizerView), token));
        assertThat(now.getString("title")).isEqualTo("Tag Night (renamed)");
        assertThat(now.getString("startsAt")).contains("T20:00");

        // publishing and cancelling take If-Match too; the stale tag is refused there as well
        assertProblem(
                postIfMatch("/api/v1/events/" + event + "/publish", "", token, etag(second)),
                412,
                "catalog.event-changed");
        HttpResponse<String> type = postIfMatch(
                organizerView + "/ticket-types",
                "{\"name\":\"Entry\",\"price\":{\"amount\":\"10\",\"currency\":\"EUR\"},\"capacity\":10}",
                token,
                renamedTag);
        assertThat(type.statusCode()).as(type.body()).isEqualTo(201);
        String typedTag = etag(type);
        assertThat(typedTag).as("adding a ticket type changes the event").isNotEqualTo(renamedTag);
        HttpResponse<String> published = postIfMatch("/api/v1/events/" + event + "/publish", "", token, typedTag);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.json(published).getString("status")).isEqualTo("PUBLISHED");

        // the public view of a published event carries the same tag as the organizer's
        assertThat(etag(Http.get(uri("/api/v1/events/" + event))))
                .isEqualTo(etag(published))
                .isEqualTo(etag(Http.getWithToken(uri(organizerView), token)));
        assertProblem(
                postIfMatch("/api/v1/events/" + event + "/cancel", "", token, typedTag), 412, "catalog.event-changed");
        assertThat(Http.json(Http.getWithToken(uri(organizerView), token)).getString("status"))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void withoutIfMatchOrWithAStarAChangeIsMadeWhateverTheVersion() {
        String token = organizer(TestData.organisation(TestData.unique("Untagged")));
        String category = category();
        String venue = Api.venue(token, "Free Hall", "Hamburg");
        String event = Http.json(post("/api/v1/events", eventJson(venue, category, "Free Night", "20:00"), token))
                .getString("id");

        HttpResponse<String> blind =
                Api.put("/api/v1/events/" + event, eventJson(null, category, "Free Night 2", "20:00"), token);
        assertThat(blind.statusCode()).as(blind.body()).isEqualTo(200);
        HttpResponse<String> star =
                putIfMatch("/api/v1/events/" + event, eventJson(null, category, "Free Night 3", "20:00"), token, "*");
        assertThat(star.statusCode()).as(star.body()).isEqualTo(200);
        assertThat(Http.json(star).getString("title")).isEqualTo("Free Night 3");

        // a weak or unreadable tag is a mistake of the request, named
        HttpResponse<String> weak =
                putIfMatch("/api/v1/events/" + event, eventJson(null, category, "Weak", "20:00"), token, "W/\"1\"");
        assertProblem(weak, 400, "invalid-parameters");
        assertThat(weak.body()).contains("If-Match");
    }

    @Test
    void aVenueTagMovesWithEachSectionAndAStaleOneIsRefused() {
        String token = organizer(TestData.organisation(TestData.unique("Tagged venues")));
        HttpResponse<String> created = post(
                "/api/v1/venues",
                "{\"name\":\"Tag Arena\",\"address\":\"1 Quay\",\"city\":\"Kiel\",\"zoneId\":\"Europe/Berlin\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String venue = Http.json(created).getString("id");
        String read = etag(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue), token));
        assertThat(read).isEqualTo(etag(created)).isEqualTo(etag(Http.get(uri("/api/v1/venues/" + venue))));

        HttpResponse<String> stalls = postIfMatch(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Stalls\",\"rows\":2,\"seatsPerRow\":3,\"category\":\"Standard\"}",
                token,
                read);
        assertThat(stalls.statusCode()).as(stalls.body()).isEqualTo(201);
        assertThat(etag(stalls)).isNotEqualTo(read);

        HttpResponse<String> stale = postIfMatch(
                "/api/v1/venues/" + venue + "/sections",
                "{\"name\":\"Floor\",\"standing\":true,\"capacity\":100}",
                token,
                read);
        assertProblem(stale, 412, "venue.changed");
        JsonObject now = Http.json(Http.get(uri("/api/v1/venues/" + venue)));
        assertThat(now.getJsonArray("sections")).hasSize(1);
        assertThat(etag(Http.get(uri("/api/v1/venues/" + venue)))).isEqualTo(etag(stalls));

        // a change of seats answers the venue's new tag, so that the next change can send it
        long seat = Http.json(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue + "/seat-map"), token))
                .getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonArray("seats")
                .getJsonArray(0)
                .getJsonNumber(0)
                .longValue();
        String seatChange =
                "{\"seatIds\":[" + seat + "],\"category\":\"Premium\",\"accessible\":true,\"blocked\":false}";
        HttpResponse<String> changed =
                postIfMatch("/api/v1/organizer/venues/" + venue + "/seat-changes", seatChange, token, etag(stalls));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getInt("changed")).isEqualTo(1);
        assertThat(etag(changed))
                .isNotEqualTo(etag(stalls))
                .isEqualTo("\"" + Http.json(changed).getJsonNumber("version") + "\"")
                .isEqualTo(etag(Http.get(uri("/api/v1/venues/" + venue))));
        assertThat(postIfMatch("/api/v1/organizer/venues/" + venue + "/seat-changes", seatChange, token, etag(changed))
                        .statusCode())
                .isEqualTo(200);
        assertProblem(
                postIfMatch("/api/v1/organizer/venues/" + venue + "/seat-changes", seatChange, token, etag(changed)),
                412,
                "venue.changed");
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElse("(no ETag)");
    }

    private static HttpResponse<String> putIfMatch(String path, String json, String token, String ifMatch) {
        return Http.putJson(uri(path), json, "Authorization", "Bearer " + token, "If-Match", ifMatch);
    }

    private static HttpResponse<String> postIfMatch(String path, String json, String token, String ifMatch) {
        return Http.postJson(uri(path), json, "Authorization", "Bearer " + token, "If-Match", ifMatch);
    }

    private static String category() {
        String slug = TestData.unique("tagged");
        TestData.category(TestData.unique("Tagged"), slug);
        return slug;
    }

    private static String eventJson(String venue, String category, String title, String startTime) {
        return "{" + (venue == null ? "" : "\"venueId\":\"" + venue + "\",") + "\"category\":\"" + category
                + "\",\"title\":\"" + title + "\",\"startsAt\":\"2040-02-01T" + startTime
                + "\",\"endsAt\":\"2040-02-01T23:00\"}";
    }
}
