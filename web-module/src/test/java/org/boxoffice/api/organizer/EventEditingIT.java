package org.boxoffice.api.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Api.assertProblem;
import static org.boxoffice.it.Api.organizer;
import static org.boxoffice.it.Api.post;
import static org.boxoffice.it.Api.put;
import static org.boxoffice.it.Api.uri;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * Organizers create a draft at their venue, give it ticket types, publish it, change it and cancel
 * it; changes after publication are kept. Another organisation sees none of it.
 */
class EventEditingIT {

    private static final String EVENTS = "/api/v1/organizer/events";

    @Test
    void anOrganizerCreatesPublishesChangesAndCancelsAnEvent() {
        String token = organizer(TestData.organisation(TestData.unique("Editors")));
        String category = category();
        Venue venue = venue(token);

        HttpResponse<String> created = post("/api/v1/events", draftJson(venue.id(), category, "Winter Night"), token);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject draft = Http.json(created);
        String event = draft.getString("id");
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith(EVENTS + "/" + event);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        // read in the venue's zone: Berlin in winter is one hour ahead of UTC
        assertThat(draft.getString("startsAt")).isEqualTo("2040-01-15T20:00:00+01:00");
        assertThat(draft.getString("endsAt")).isEqualTo("2040-01-15T22:30:00+01:00");
        assertThat(draft.getString("zoneId")).isEqualTo("Europe/Berlin");
        assertThat(draft.getString("salesStart")).isEqualTo("2039-12-01T10:00:00+01:00");
        assertThat(draft.containsKey("salesEnd")).isFalse();
        assertThat(draft.getInt("maxPerOrder")).isEqualTo(6);

        HttpResponse<String> seated = post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Stalls\",\"price\":{\"amount\":\"49.50\",\"currency\":\"EUR\"},\"sectionId\":\""
                        + venue.seatedSection() + "\"}",
                token);
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(201);
        HttpResponse<String> standing = post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Standing\",\"price\":{\"amount\":\"19\",\"currency\":\"EUR\"},\"capacity\":50}",
                token);
        assertThat(standing.statusCode()).as(standing.body()).isEqualTo(201);
        JsonArray types = Http.json(standing).getJsonArray("ticketTypes");
        assertThat(types).hasSize(2);
        assertThat(types.getJsonObject(0).getJsonObject("price").getString("amount"))
                .isEqualTo("49.50");
        assertThat(types.getJsonObject(1).getJsonObject("price").getString("amount"))
                .isEqualTo("19.00");
        // a draft is not in the public catalog
        assertThat(Http.get(uri("/api/v1/events/" + event)).statusCode()).isEqualTo(404);

        HttpResponse<String> published = post("/api/v1/events/" + event + "/publish", "", token);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.json(published).getString("status")).isEqualTo("PUBLISHED");
        JsonObject shown = Http.json(Http.get(uri("/api/v1/events/" + event)));
        assertThat(shown.getString("title")).isEqualTo("Winter Night");
        JsonArray available = shown.getJsonArray("ticketTypes");
        assertThat(available.getJsonObject(0).getJsonNumber("available").longValue())
                .isEqualTo(10);
        assertThat(available.getJsonObject(1).getJsonNumber("available").longValue())
                .isEqualTo(50);
        assertThat(array(Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), token)))
                .isEmpty();

        HttpResponse<String> renamed =
                put("/api/v1/events/" + event, updateJson(category, "Winter Night (moved)"), token);

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(Http.json(renamed).getString("title")).isEqualTo("Winter Night (moved)");
        JsonArray changes = array(Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), token));
        assertThat(changes).hasSize(1);
        JsonObject change = changes.getJsonObject(0);
        assertThat(change.getString("field")).isEqualTo("title");
        assertThat(change.getString("oldValue")).isEqualTo("Winter Night");
        assertThat(change.getString("newValue")).isEqualTo("Winter Night (moved)");
        assertThat(change.getString("changedAt")).isNotBlank();

        HttpResponse<String> cancelled = post("/api/v1/events/" + event + "/cancel", "", token);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertProblem(
                put("/api/v1/events/" + event, updateJson(category, "Too late"), token), 409, "catalog.invalid-state");
        assertProblem(post("/api/v1/events/" + event + "/cancel", "", token), 409, "catalog.invalid-state");
    }

    @Test
    void changesToADraftAreNotKept() {
        String token = organizer(TestData.organisation(TestData.unique("Drafters")));
        String category = category();
        Venue venue = venue(token);
        String event = Http.json(post("/api/v1/events", draftJson(venue.id(), category, "Sketch"), token))
                .getString("id");

        HttpResponse<String> changed = put("/api/v1/events/" + event, updateJson(category, "Final title"), token);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(array(Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), token)))
                .isEmpty();
    }

    @Test
    void invalidInputIsRefusedWithItsReason() {
        String token = organizer(TestData.organisation(TestData.unique("Sloppy")));
        String category = category();
        Venue venue = venue(token);

        assertProblem(
                post(
                        "/api/v1/events",
                        "{\"venueId\":\"" + venue.id() + "\",\"category\":\"" + category
                                + "\",\"title\":\"Backwards\",\"startsAt\":\"2040-01-15T20:00\","
                                + "\"endsAt\":\"2040-01-15T19:00\"}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        "/api/v1/events",
                        draftJson(venue.id(), "no-such-category-" + TestData.unique("x"), "Lost"),
                        token),
                422,
                "catalog.invalid-event");
        HttpResponse<String> missing = post("/api/v1/events", "{\"title\":\"Nothing else\"}", token);
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(missing.body()).contains("venueId", "category", "startsAt", "endsAt");

        // every offending field at once, named as sent, as the integrator's guide shows it
        HttpResponse<String> sloppy =
                post("/api/v1/events", "{\"title\":\"\",\"startsAt\":\"tomorrow\",\"maxPerOrder\":500}", token);
        assertProblem(sloppy, 422, "invalid-input");
        assertThat(Http.json(sloppy).getJsonArray("errors").stream()
                        .map(error -> error.asJsonObject().getString("field"))
                        .toList())
                .containsExactly("categoryId", "endsAt", "maxPerOrder", "startsAt", "title", "venueId");
        // a member of the wrong type is named too
        HttpResponse<String> mistyped = post(
                "/api/v1/events", draftJson(venue.id(), category, "Typed", ",\"cancellationHours\":\"many\""), token);
        assertProblem(mistyped, 400, "malformed-body");
        assertThat(Http.json(mistyped).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("cancellationHours");

        String event = Http.json(post("/api/v1/events", draftJson(venue.id(), category, "Careful"), token))
                .getString("id");
        String types = EVENTS + "/" + event + "/ticket-types";
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Cheap\",\"price\":{\"amount\":\"-5.00\",\"currency\":\"EUR\"},\"capacity\":10}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Odd\",\"price\":{\"amount\":\"5.00\",\"currency\":\"XYZ\"},\"capacity\":10}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Nowhere\",\"price\":{\"amount\":\"5.00\",\"currency\":\"EUR\"},\"sectionId\":\"1\"}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Floor\",\"price\":{\"amount\":\"5.00\",\"currency\":\"EUR\"},\"sectionId\":\""
                                + venue.standingSection() + "\"}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(post("/api/v1/events/" + event + "/publish", "", token), 422, "catalog.invalid-event");

        assertThat(post(
                                types,
                                "{\"name\":\"Floor\",\"price\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"capacity\":10}",
                                token)
                        .statusCode())
                .isEqualTo(201);
        assertProblem(
                post(
                        types,
                        "{\"name\":\"floor\",\"price\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"capacity\":10}",
                        token),
                422,
                "catalog.invalid-event");
        assertThat(post("/api/v1/events/" + event + "/publish", "", token).statusCode())
                .isEqualTo(200);
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Late\",\"price\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"capacity\":10}",
                        token),
                409,
                "catalog.invalid-state");
        assertProblem(post("/api/v1/events/" + event + "/publish", "", token), 409, "catalog.invalid-state");
    }

    @Test
    void bookingRulesAreKeptShownToCustomersAndChanged() {
        String token = organizer(TestData.organisation(TestData.unique("Rule makers")));
        String category = category();
        Venue venue = venue(token);

        HttpResponse<String> created =
                post("/api/v1/events", draftJson(venue.id(), category, "Strict Night", rules(8, 48)), token);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject draft = Http.json(created);
        String event = draft.getString("id");
        assertThat(draft.getInt("maxPerCustomer")).isEqualTo(8);
        assertThat(draft.getInt("cancellationHours")).isEqualTo(48);
        JsonObject read = Http.json(Http.getWithToken(uri(EVENTS + "/" + event), token));
        assertThat(read.getInt("maxPerCustomer")).isEqualTo(8);
        assertThat(read.getInt("cancellationHours")).isEqualTo(48);
        HttpResponse<String> standing = post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Standing\",\"price\":{\"amount\":\"19\",\"currency\":\"EUR\"},\"capacity\":50}",
                token);
        assertThat(standing.statusCode()).as(standing.body()).isEqualTo(201);
        HttpResponse<String> published = post("/api/v1/events/" + event + "/publish", "", token);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        // customers see the rules before they book
        JsonObject shown = Http.json(Http.get(uri("/api/v1/events/" + event)));
        assertThat(shown.getInt("maxPerCustomer")).isEqualTo(8);
        assertThat(shown.getInt("cancellationHours")).isEqualTo(48);

        HttpResponse<String> changed =
                put("/api/v1/events/" + event, updateJson(category, "Strict Night", rules(4, 0)), token);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getInt("maxPerCustomer")).isEqualTo(4);
        assertThat(Http.json(changed).getInt("cancellationHours")).isZero();
        JsonObject reshown = Http.json(Http.get(uri("/api/v1/events/" + event)));
        assertThat(reshown.getInt("maxPerCustomer")).isEqualTo(4);
        assertThat(reshown.getInt("cancellationHours")).isZero();
        Map<String, JsonObject> changes =
                byField(array(Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), token)));
        assertThat(changes).containsOnlyKeys("maxPerCustomer", "cancellationHours");
        assertThat(changes.get("maxPerCustomer").getString("oldValue")).isEqualTo("8");
        assertThat(changes.get("maxPerCustomer").getString("newValue")).isEqualTo("4");
        assertThat(changes.get("cancellationHours").getString("oldValue")).isEqualTo("48");
        assertThat(changes.get("cancellationHours").getString("newValue")).isEqualTo("0");

        // left out: no limit per customer, no cancellation by customers
        HttpResponse<String> relaxed = put("/api/v1/events/" + event, updateJson(category, "Strict Night"), token);

        assertThat(relaxed.statusCode()).as(relaxed.body()).isEqualTo(200);
        assertThat(Http.json(relaxed)).doesNotContainKeys("maxPerCustomer", "cancellationHours");
        assertThat(Http.json(Http.get(uri("/api/v1/events/" + event))))
                .doesNotContainKeys("maxPerCustomer", "cancellationHours");
        JsonArray all = array(Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), token));
        assertThat(all).hasSize(4);
        Map<String, JsonObject> removed = byField(all.subList(0, 2));
        assertThat(removed).containsOnlyKeys("maxPerCustomer", "cancellationHours");
        assertThat(removed.get("maxPerCustomer").getString("oldValue")).isEqualTo("4");
        assertThat(removed.get("maxPerCustomer")).doesNotContainKey("newValue");
        assertThat(removed.get("cancellationHours").getString("oldValue")).isEqualTo("0");
        assertThat(removed.get("cancellationHours")).doesNotContainKey("newValue");
    }

    @Test
    void theContractsAddressesTakeTheBookingRulesToo() {
        String token = organizer(TestData.organisation(TestData.unique("Contract rules")));
        String category = category();
        Venue venue = venue(token);
        String event = Http.json(post("/api/v1/events", draftJson(venue.id(), category, "By contract"), token))
                .getString("id");

        HttpResponse<String> changed =
                put("/api/v1/events/" + event, updateJson(category, "By contract", rules(2, 24)), token);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getInt("maxPerCustomer")).isEqualTo(2);
        assertThat(Http.json(changed).getInt("cancellationHours")).isEqualTo(24);
        assertRefusedNaming(
                put("/api/v1/events/" + event, updateJson(category, "By contract", rules(1001, 24)), token),
                "maxPerCustomer");
        assertRefusedNaming(
                put("/api/v1/events/" + event, updateJson(category, "By contract", rules(2, 8761)), token),
                "cancellationHours");
    }

    @Test
    void bookingRulesOutOfRangeAreRefusedNamingTheField() {
        String token = organizer(TestData.organisation(TestData.unique("Greedy")));
        String category = category();
        Venue venue = venue(token);
        String event = Http.json(
                        post("/api/v1/events", draftJson(venue.id(), category, "Bounded", rules(8, 48)), token))
                .getString("id");

        for (String rule : List.of(
                "\"maxPerCustomer\":0",
                "\"maxPerCustomer\":1001",
                "\"cancellationHours\":-1",
                "\"cancellationHours\":8761")) {
            String field = rule.substring(1, rule.indexOf('"', 1));
            assertRefusedNaming(
                    post("/api/v1/events", draftJson(venue.id(), category, "Unbounded", "," + rule), token), field);
            assertRefusedNaming(
                    put("/api/v1/events/" + event, updateJson(category, "Unbounded", "," + rule), token), field);
        }

        JsonObject untouched = Http.json(Http.getWithToken(uri(EVENTS + "/" + event), token));
        assertThat(untouched.getString("title")).isEqualTo("Bounded");
        assertThat(untouched.getInt("maxPerCustomer")).isEqualTo(8);
        assertThat(untouched.getInt("cancellationHours")).isEqualTo(48);
        // the bounds themselves are fine
        HttpResponse<String> lowest =
                post("/api/v1/events", draftJson(venue.id(), category, "Lowest", rules(1, 0)), token);
        assertThat(lowest.statusCode()).as(lowest.body()).isEqualTo(201);
        HttpResponse<String> highest =
                post("/api/v1/events", draftJson(venue.id(), category, "Highest", rules(1000, 8760)), token);
        assertThat(highest.statusCode()).as(highest.body()).isEqualTo(201);
        assertThat(Http.json(highest).getInt("maxPerCustomer")).isEqualTo(1000);
        assertThat(Http.json(highest).getInt("cancellationHours")).isEqualTo(8760);
    }

    @Test
    void anotherOrganisationsEventAndVenueAreNotFound() {
        String owner = organizer(TestData.organisation(TestData.unique("Owners")));
        String category = category();
        Venue venue = venue(owner);
        String event = Http.json(post("/api/v1/events", draftJson(venue.id(), category, "Private"), owner))
                .getString("id");
        String stranger = organizer(TestData.organisation(TestData.unique("Strangers")));

        assertProblem(
                post("/api/v1/events", draftJson(venue.id(), category, "Squatter"), stranger), 404, "venue.unknown");
        assertProblem(
                put("/api/v1/events/" + event, updateJson(category, "Hijacked"), stranger),
                404,
                "catalog.unknown-event");
        assertProblem(
                post(
                        EVENTS + "/" + event + "/ticket-types",
                        "{\"name\":\"Free\",\"price\":{\"amount\":\"0\",\"currency\":\"EUR\"},\"capacity\":10}",
                        stranger),
                404,
                "catalog.unknown-event");
        assertProblem(post("/api/v1/events/" + event + "/publish", "", stranger), 404, "catalog.unknown-event");
        assertProblem(post("/api/v1/events/" + event + "/cancel", "", stranger), 404, "catalog.unknown-event");
        assertProblem(
                Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), stranger), 404, "catalog.unknown-event");
        assertProblem(Http.getWithToken(uri(EVENTS + "/" + event), stranger), 404, "catalog.unknown-event");

        JsonObject untouched = Http.json(Http.getWithToken(uri(EVENTS + "/" + event), owner));
        assertThat(untouched.getString("title")).isEqualTo("Private");
        assertThat(untouched.getString("status")).isEqualTo("DRAFT");
        assertThat(untouched.getJsonArray("ticketTypes")).isEmpty();
    }

    /**
     * A ticket type added at the moment the event is published, and two saves at once: each waits
     * for the other's lock, so a type is either added before the publication and on sale with it,
     * or refused as for a published event; never a server error, never a type without inventory.
     */
    @Test
    void changesOfOneEventAtTheSameMomentRunOneAfterTheOther() throws Exception {
        String token = organizer(TestData.organisation(TestData.unique("Racers")));
        String category = category();
        Venue venue = venue(token);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 4; round++) {
                String event = Http.json(
                                post("/api/v1/events", draftJson(venue.id(), category, "Race " + round), token))
                        .getString("id");
                String types = EVENTS + "/" + event + "/ticket-types";
                assertThat(post(
                                        types,
                                        "{\"name\":\"Floor\",\"price\":{\"amount\":\"10\",\"currency\":\"EUR\"},\"capacity\":20}",
                                        token)
                                .statusCode())
                        .isEqualTo(201);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> added = new ArrayList<>();
                for (int late = 0; late < 2; late++) {
                    String body = "{\"name\":\"Late " + late
                            + "\",\"price\":{\"amount\":\"12\",\"currency\":\"EUR\"},\"capacity\":5}";
                    added.add(pool.submit(() -> {
                        start.await();
                        return post(types, body, token);
                    }));
                }
                String renamed = updateJson(category, "Race " + round + " (renamed)");
                Future<HttpResponse<String>> saved = pool.submit(() -> {
                    start.await();
                    return put("/api/v1/events/" + event, renamed, token);
                });
                Future<HttpResponse<String>> published = pool.submit(() -> {
                    start.await();
                    return post("/api/v1/events/" + event + "/publish", "", token);
                });
                start.countDown();

                HttpResponse<String> publication = published.get(60, TimeUnit.SECONDS);
                assertThat(publication.statusCode()).as(publication.body()).isEqualTo(200);
                HttpResponse<String> save = saved.get(60, TimeUnit.SECONDS);
                assertThat(save.statusCode()).as(save.body()).isEqualTo(200);
                List<String> onSale = new ArrayList<>(List.of("Floor"));
                for (int late = 0; late < added.size(); late++) {
                    HttpResponse<String> answer = added.get(late).get(60, TimeUnit.SECONDS);
                    if (answer.statusCode() == 201) {
                        onSale.add("Late " + late);
                    } else {
                        assertProblem(answer, 409, "catalog.invalid-state");
                    }
                }
                // every type the organizer was told was added is on sale with its whole capacity
                JsonArray shown =
                        Http.json(Http.get(uri("/api/v1/events/" + event))).getJsonArray("ticketTypes");
                Map<String, Long> available = shown.stream()
                        .map(JsonValue::asJsonObject)
                        .collect(
                                Collectors.toMap(type -> type.getString("name"), type -> type.getJsonNumber("available")
                                        .longValue()));
                assertThat(available.keySet()).containsExactlyInAnyOrderElementsOf(onSale);
                onSale.forEach(
                        name -> assertThat(available.get(name)).as(name).isEqualTo(name.equals("Floor") ? 20 : 5));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Venue(String id, String seatedSection, String standingSection) {}

    /** A venue in Berlin with a seated section of 2 x 5 seats and a standing area. */
    private static Venue venue(String token) {
        String id = Api.venue(token, "Spree Hall", "Berlin");
        post(
                "/api/v1/venues/" + id + "/sections",
                "{\"name\":\"Stalls\",\"rows\":2,\"seatsPerRow\":5,\"category\":\"Standard\"}",
                token);
        HttpResponse<String> withStanding = post(
                "/api/v1/venues/" + id + "/sections", "{\"name\":\"Floor\",\"standing\":true,\"capacity\":300}", token);
        assertThat(withStanding.statusCode()).as(withStanding.body()).isEqualTo(201);
        JsonArray sections = Http.json(withStanding).getJsonArray("sections");
        return new Venue(
                id,
                sections.getJsonObject(0).getString("id"),
                sections.getJsonObject(1).getString("id"));
    }

    private static String category() {
        String slug = TestData.unique("editing");
        TestData.category(TestData.unique("Editing"), slug);
        return slug;
    }

    private static String draftJson(String venueId, String category, String title) {
        return draftJson(venueId, category, title, "");
    }

    /** A draft; {@code more} adds fields, each with a leading comma. */
    private static String draftJson(String venueId, String category, String title, String more) {
        return "{\"venueId\":\"" + venueId + "\",\"category\":\"" + category + "\",\"title\":\"" + title
                + "\",\"description\":\"A long night\",\"startsAt\":\"2040-01-15T20:00\","
                + "\"endsAt\":\"2040-01-15T22:30\",\"salesStart\":\"2039-12-01T10:00\",\"maxPerOrder\":6" + more
                + "}";
    }

    private static String updateJson(String category, String title) {
        return updateJson(category, title, "");
    }

    private static String updateJson(String category, String title, String more) {
        return "{\"category\":\"" + category + "\",\"title\":\"" + title
                + "\",\"description\":\"A long night\",\"startsAt\":\"2040-01-15T20:00\","
                + "\"endsAt\":\"2040-01-15T22:30\",\"salesStart\":\"2039-12-01T10:00\",\"maxPerOrder\":6" + more
                + "}";
    }

    private static String rules(int maxPerCustomer, int cancellationHours) {
        return ",\"maxPerCustomer\":" + maxPerCustomer + ",\"cancellationHours\":" + cancellationHours;
    }

    /** 422 invalid-input naming this one field. */
    private static void assertRefusedNaming(HttpResponse<String> response, String field) {
        assertProblem(response, 422, "invalid-input");
        JsonArray errors = Http.json(response).getJsonArray("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        assertThat(errors.getJsonObject(0).getString("field")).isEqualTo(field);
    }

    /** The changes of one save, by field (they share their time, so their order is not asserted). */
    private static Map<String, JsonObject> byField(List<JsonValue> changes) {
        return changes.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(change -> change.getString("field"), change -> change));
    }

    /** The items of a page (the kept changes of an event). */
    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getJsonArray("items");
    }
}
