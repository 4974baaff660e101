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
import java.util.stream.Collectors;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * Ticket types bound to seat categories, organizers holding seats back and releasing them with the
 * availability they see, and journeys (a train with an origin, a destination and an arrival in
 * another zone), over the API on Payara Micro and PostgreSQL.
 */
class EventAvailabilityIT {

    private static final String EVENTS = "/api/v1/organizer/events";

    @Test
    void seatedTicketTypesSellSeatCategoriesAndNeverTheSameSeatTwice() {
        String token = organizer(TestData.organisation(TestData.unique("Graders")));
        Hall hall = hall(token);
        String event = draft(token, hall.venue(), "Graded Night");
        String types = EVENTS + "/" + event + "/ticket-types";

        HttpResponse<String> premium = post(
                types,
                "{\"name\":\"Premium\",\"price\":{\"amount\":\"90\",\"currency\":\"EUR\"},\"seatCategory\":\"Premium\"}",
                token);
        assertThat(premium.statusCode()).as(premium.body()).isEqualTo(201);
        HttpResponse<String> standard = post(
                types,
                "{\"name\":\"Standard\",\"price\":{\"amount\":\"40\",\"currency\":\"EUR\"},\"sectionId\":\""
                        + hall.section() + "\",\"seatCategory\":\"Standard\"}",
                token);
        assertThat(standard.statusCode()).as(standard.body()).isEqualTo(201);
        JsonArray shown = Http.json(standard).getJsonArray("ticketTypes");
        assertThat(shown.getJsonObject(0).getString("seatCategory")).isEqualTo("Premium");
        assertThat(shown.getJsonObject(0).containsKey("sectionId")).isFalse();
        assertThat(shown.getJsonObject(1).getString("sectionId")).isEqualTo(hall.section());

        // the standard seats have a price already; no seat of a "Gold" category exists
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Cheap\",\"price\":{\"amount\":\"20\",\"currency\":\"EUR\"},\"seatCategory\":\"Standard\"}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        types,
                        "{\"name\":\"All\",\"price\":{\"amount\":\"20\",\"currency\":\"EUR\"},\"sectionId\":\""
                                + hall.section() + "\"}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Gold\",\"price\":{\"amount\":\"200\",\"currency\":\"EUR\"},\"seatCategory\":\"Gold\"}",
                        token),
                422,
                "catalog.invalid-event");
        assertProblem(
                post(
                        types,
                        "{\"name\":\"Both\",\"price\":{\"amount\":\"20\",\"currency\":\"EUR\"},\"seatCategory\":\"Premium\","
                                + "\"capacity\":10}",
                        token),
                422,
                "catalog.invalid-event");
        assertThat(Http.json(Http.getWithToken(uri(EVENTS + "/" + event), token))
                        .getJsonArray("ticketTypes"))
                .hasSize(2);

        assertThat(post("/api/v1/events/" + event + "/publish", "", token).statusCode())
                .isEqualTo(200);

        JsonArray available =
                Http.json(Http.get(uri("/api/v1/events/" + event))).getJsonArray("ticketTypes");
        assertThat(available.getJsonObject(0).getString("name")).isEqualTo("Premium");
        assertThat(available.getJsonObject(0).getJsonNumber("available").longValue())
                .isEqualTo(5);
        assertThat(available.getJsonObject(1).getJsonNumber("available").longValue())
                .isEqualTo(5);
        // every seat of the hall has one inventory row, of the type its category says
        assertThat(TestData.count("select count(*) from event_seat where event_id = ?", Long.parseLong(event)))
                .isEqualTo(10);
        assertThat(TestData.count(
                        "select count(*) from event_seat es join seat s on s.id = es.seat_id"
                                + " join ticket_type t on t.id = es.ticket_type_id"
                                + " where es.event_id = ? and t.seat_category = s.category",
                        Long.parseLong(event)))
                .isEqualTo(10);
    }

    @Test
    void organizersHoldSeatsBackAndReleaseThemAndCustomersSeeThemNotForSale() {
        String token = organizer(TestData.organisation(TestData.unique("Holders")));
        Hall hall = hall(token);
        String event = draft(token, hall.venue(), "Press Night");
        post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Stalls\",\"price\":{\"amount\":\"40\",\"currency\":\"EUR\"},\"sectionId\":\""
                        + hall.section() + "\"}",
                token);
        String availability = EVENTS + "/" + event + "/availability";
        assertThat(Http.json(Http.getWithToken(uri(availability), token)).getJsonArray("ticketTypes"))
                .as("a draft has no inventory yet")
                .isEmpty();
        assertProblem(
                post(
                        EVENTS + "/" + event + "/withheld-seats",
                        seats(hall.premium().subList(0, 1)),
                        token),
                409,
                "catalog.invalid-state");
        post("/api/v1/events/" + event + "/publish", "", token);
        List<Long> press = hall.premium().subList(0, 2);

        HttpResponse<String> withheld = post(EVENTS + "/" + event + "/withheld-seats", seats(press), token);

        assertThat(withheld.statusCode()).as(withheld.body()).isEqualTo(200);
        JsonObject stalls = Http.json(withheld).getJsonArray("ticketTypes").getJsonObject(0);
        assertThat(stalls.getJsonNumber("capacity").longValue()).isEqualTo(10);
        assertThat(stalls.getJsonNumber("available").longValue()).isEqualTo(8);
        assertThat(stalls.getJsonNumber("withheld").longValue()).isEqualTo(2);
        assertThat(Http.json(Http.getWithToken(uri(availability), token))
                        .getJsonArray("ticketTypes")
                        .getJsonObject(0)
                        .getJsonNumber("withheld")
                        .longValue())
                .isEqualTo(2);
        assertThat(Http.json(Http.get(uri("/api/v1/events/" + event)))
                        .getJsonArray("ticketTypes")
                        .getJsonObject(0)
                        .getJsonNumber("available")
                        .longValue())
                .isEqualTo(8);
        // customers see them as not for sale, the organizer as held back
        assertThat(states(Http.get(uri("/api/v1/events/" + event + "/seat-map")), press))
                .containsOnly("B");
        assertThat(states(Http.getWithToken(uri(EVENTS + "/" + event + "/seat-map"), token), press))
                .containsOnly("W");
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'SEATS_WITHHELD' and detail like ?",
                        "event " + event + " %"))
                .isEqualTo(1);

        // all or none: one seat already held back refuses the whole request and names it
        List<Long> overlapping = List.of(press.get(1), hall.premium().get(2));
        HttpResponse<String> again = post(EVENTS + "/" + event + "/withheld-seats", seats(overlapping), token);
        assertProblem(again, 409, "inventory.seats-unavailable");
        assertThat(Http.json(again).getJsonArray("seats").getJsonNumber(0).longValue())
                .isEqualTo(press.get(1));
        assertThat(Http.json(again).getString("detail")).contains("Stalls A");
        assertThat(states(
                        Http.getWithToken(uri(EVENTS + "/" + event + "/seat-map"), token),
                        List.of(hall.premium().get(2))))
                .containsOnly("F");

        HttpResponse<String> released =
                post(EVENTS + "/" + event + "/released-seats", seats(press.subList(0, 1)), token);
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(Http.json(released)
                        .getJsonArray("ticketTypes")
                        .getJsonObject(0)
                        .getJsonNumber("available")
                        .longValue())
                .isEqualTo(9);
        // releasing a seat that is not held back, a seat of another venue, no seats: refused
        assertProblem(
                post(EVENTS + "/" + event + "/released-seats", seats(press.subList(0, 1)), token),
                409,
                "inventory.seats-unavailable");
        Hall elsewhere = hall(token);
        assertProblem(
                post(
                        EVENTS + "/" + event + "/withheld-seats",
                        seats(elsewhere.premium().subList(0, 1)),
                        token),
                422,
                "inventory.unknown-seats");
        assertThat(post(EVENTS + "/" + event + "/withheld-seats", "{\"seatIds\":[]}", token)
                        .statusCode())
                .isEqualTo(422);

        String stranger = organizer(TestData.organisation(TestData.unique("Snoopers")));
        assertProblem(
                post(EVENTS + "/" + event + "/released-seats", seats(press.subList(1, 2)), stranger),
                404,
                "catalog.unknown-event");
        assertProblem(Http.getWithToken(uri(availability), stranger), 404, "catalog.unknown-event");
        assertProblem(
                Http.getWithToken(uri(EVENTS + "/" + event + "/seat-map"), stranger), 404, "catalog.unknown-event");
        assertThat(states(Http.getWithToken(uri(EVENTS + "/" + event + "/seat-map"), token), press))
                .containsExactly("F", "W");
    }

    @Test
    void aJourneyDepartsInTheVenuesZoneArrivesInItsOwnAndIsFoundByItsPlaces() {
        String token = organizer(TestData.organisation(TestData.unique("Railways")));
        Hall train = hall(token);
        String origin = TestData.unique("Hauptbahnhof");
        String body = "{\"venueId\":\"" + train.venue() + "\",\"category\":\"" + category()
                + "\",\"title\":\"Night train\",\"startsAt\":\"2040-01-15T20:00\",\"endsAt\":\"2040-01-16T07:30\","
                + "\"origin\":\"" + origin + "\",\"destination\":\"London St Pancras\","
                + "\"arrivalZone\":\"Europe/London\"}";

        HttpResponse<String> created = post("/api/v1/events", body, token);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject journey = Http.json(created);
        assertThat(journey.getString("startsAt")).isEqualTo("2040-01-15T20:00:00+01:00");
        // the arrival is read and written in London's time
        assertThat(journey.getString("endsAt")).isEqualTo("2040-01-16T07:30:00Z");
        assertThat(journey.getJsonObject("journey").getString("origin")).isEqualTo(origin);
        assertThat(journey.getJsonObject("journey").getString("destination")).isEqualTo("London St Pancras");
        assertThat(journey.getJsonObject("journey").getString("arrivalZone")).isEqualTo("Europe/London");
        String event = journey.getString("id");
        post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Couchette\",\"price\":{\"amount\":\"89\",\"currency\":\"EUR\"},\"seatCategory\":\"Standard\"}",
                token);
        assertThat(post("/api/v1/events/" + event + "/publish", "", token).statusCode())
                .isEqualTo(200);

        JsonObject found = Http.json(Http.get(uri("/api/v1/events?q=" + origin.toLowerCase() + "+london")));
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(found.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("journey")
                        .getString("destination"))
                .isEqualTo("London St Pancras");
        assertThat(Http.json(Http.get(uri("/api/v1/events/" + event))).getString("endsAt"))
                .isEqualTo("2040-01-16T07:30:00Z");

        HttpResponse<String> rerouted = Http.putJson(
                uri("/api/v1/events/" + event),
                body.replace("\"venueId\":\"" + train.venue() + "\",", "")
                        .replace("London St Pancras", "Brussels Midi")
                        .replace("Europe/London", "Europe/Brussels")
                        .replace("07:30", "06:30"),
                "Authorization",
                "Bearer " + token);
        assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(200);
        assertThat(Http.json(rerouted).getString("endsAt")).isEqualTo("2040-01-16T06:30:00+01:00");
        String changes =
                Http.getWithToken(uri(EVENTS + "/" + event + "/changes"), token).body();
        assertThat(changes).contains("\"destination\"", "Brussels Midi", "\"arrivalZone\"");

        String oneSided = body.replace("\"destination\":\"London St Pancras\",", "");
        assertProblem(post("/api/v1/events", oneSided, token), 422, "catalog.invalid-event");
        assertProblem(
                post("/api/v1/events", body.replace("Europe/London", "Europe/Atlantis"), token),
                422,
                "catalog.invalid-event");
    }

    /** A venue whose section "Stalls" has row A of Premium seats and row B of Standard ones. */
    private record Hall(String venue, String section, List<Long> premium) {}

    private static Hall hall(String token) {
        String venue = venue(token, TestData.unique("Graded Hall"), "Leipzig");
        String section = Http.json(post(
                        "/api/v1/venues/" + venue + "/sections",
                        "{\"name\":\"Stalls\",\"rows\":2,\"seatsPerRow\":5,\"category\":\"Standard\"}",
                        token))
                .getJsonArray("sections")
                .getJsonObject(0)
                .getString("id");
        JsonObject map = Http.json(Http.getWithToken(uri("/api/v1/organizer/venues/" + venue + "/seat-map"), token));
        JsonArray rowA = map.getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonArray("seats");
        List<Long> premium = new ArrayList<>();
        rowA.forEach(seat -> premium.add(seat.asJsonArray().getJsonNumber(0).longValue()));
        HttpResponse<String> changed = post(
                "/api/v1/organizer/venues/" + venue + "/seat-changes",
                "{\"seatIds\":" + premium + ",\"category\":\"Premium\",\"accessible\":false,\"blocked\":false}",
                token);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        return new Hall(venue, section, premium);
    }

    private static String draft(String token, String venue, String title) {
        HttpResponse<String> created = post(
                "/api/v1/events",
                "{\"venueId\":\"" + venue + "\",\"category\":\"" + category() + "\",\"title\":\"" + title
                        + "\",\"startsAt\":\"2040-03-01T19:30\",\"endsAt\":\"2040-03-01T22:00\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("id");
    }

    /** The states of these seats in a seat map answer, in the order given. */
    private static List<String> states(HttpResponse<String> response, List<Long> seatIds) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> states = new ArrayList<>();
        for (Long id : seatIds) {
            Http.json(response).getJsonArray("sections").forEach(section -> section.asJsonObject()
                    .getJsonArray("rows")
                    .forEach(row -> row.asJsonObject().getJsonArray("seats").forEach(seat -> {
                        JsonArray spot = seat.asJsonArray();
                        if (spot.getJsonNumber(0).longValue() == id) {
                            states.add(spot.getString(3));
                        }
                    })));
        }
        return states;
    }

    private static String seats(List<Long> ids) {
        return "{\"seatIds\":[" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]}";
    }

    private static String category() {
        String slug = TestData.unique("graded");
        TestData.category(TestData.unique("Graded"), slug);
        return slug;
    }
}
