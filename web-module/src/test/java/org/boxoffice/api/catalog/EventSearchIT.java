package org.boxoffice.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestData.SeatedEvent;
import org.junit.jupiter.api.Test;

/**
 * The search's filters and orders over HTTP: words, venue, available only, price and
 * popularity.
 * Each test has a city of its own, so that the other tests' events never show up in its results.
 */
class EventSearchIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void availableOnlyLeavesOutSoldOutEventsWithSeatsOrGeneralAdmission() {
        String city = TestData.unique("Fulltown");
        GaEvent soldOut = TestData.publishedEvent("GA sold out", city, IN_A_MONTH, "10.00", 10);
        held(soldOut, 10);
        GaEvent placesLeft = TestData.publishedEvent("GA places left", city, IN_A_MONTH, "10.00", 10);
        held(placesLeft, 9);
        SeatedEvent seatsGone = TestData.seatedEvent("Seats sold out", 1, 3, "PUBLISHED");
        TestData.moveVenueOf(seatsGone.eventId(), city);
        held(seatsGone, seatsGone.seatIds());
        SeatedEvent seatLeft = TestData.seatedEvent("One seat left", 1, 3, "PUBLISHED");
        TestData.moveVenueOf(seatLeft.eventId(), city);
        held(seatLeft, seatLeft.seatIds().subList(1, 3));

        JsonObject all = search("city=" + encode(city));
        // the filter reads the tickets left as recounted every second here (every minute by default):
        // the events whose bookings changed since the last recount
        JsonObject available = search("city=" + encode(city) + "&available=true");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (available.getInt("total") != 2 && System.nanoTime() < deadline) {
            sleep(200);
            available = search("city=" + encode(city) + "&available=true");
        }

        assertThat(all.getInt("total")).isEqualTo(4);
        assertThat(soldOutByTitle(all))
                .containsEntry("GA sold out", true)
                .containsEntry("GA places left", false)
                .containsEntry("Seats sold out", true)
                .containsEntry("One seat left", false);
        assertThat(available.getInt("total")).isEqualTo(2);
        assertThat(titles(available)).containsExactlyInAnyOrder("GA places left", "One seat left");
        assertThat(titles(search("city=" + encode(city) + "&available=false"))).hasSize(4);
    }

    @Test
    void priceSortsByTheCheapestTicketTypeOfEachEvent() {
        String city = TestData.unique("Pricetown");
        GaEvent cheapChild = TestData.publishedEvent("Gala with child tickets", city, IN_A_MONTH, "30.00", 10);
        TestData.addTicketType(cheapChild.eventId(), "Child", "5.00", 10);
        TestData.publishedEvent("Ten", city, IN_A_MONTH.plusDays(1), "10.00", 10);
        TestData.publishedEvent("Twenty", city, IN_A_MONTH.plusDays(2), "20.00", 10);

        JsonObject cheapest = search("city=" + encode(city) + "&sort=price");
        JsonObject dearest = search("city=" + encode(city) + "&sort=price-desc");

        assertThat(titles(cheapest)).containsExactly("Gala with child tickets", "Ten", "Twenty");
        assertThat(cheapest.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("priceFrom")
                        .getString("amount"))
                .isEqualTo("5.00");
        assertThat(titles(dearest)).containsExactly("Twenty", "Ten", "Gala with child tickets");
        assertThat(titles(search("city=" + encode(city) + "&sort=price&maxPrice=7")))
                .as("the price filter and the price order together")
                .containsExactly("Gala with child tickets");
        assertThat(titles(search("city=" + encode(city) + "&sort=price&minPrice=10&maxPrice=20")))
                .as("5 and 30 straddle the range, but neither is in it")
                .containsExactly("Ten", "Twenty");
        assertThat(titles(search("city=" + encode(city) + "&sort=price&minPrice=25")))
                .as("the dearest type decides")
                .containsExactly("Gala with child tickets");
    }

    @Test
    void popularitySortsByTicketsTakenSeatsAndPlacesAlike() {
        String city = TestData.unique("Fametown");
        GaEvent some = TestData.publishedEvent("Five taken", city, IN_A_MONTH, "10.00", 50);
        held(some, 5);
        TestData.publishedEvent("None taken", city, IN_A_MONTH.minusDays(1), "10.00", 50);
        GaEvent many = TestData.publishedEvent("Twenty taken", city, IN_A_MONTH.plusDays(1), "10.00", 50);
        held(many, 10);
        held(many, 10);
        SeatedEvent seated = TestData.seatedEvent("Three seats taken", 1, 5, "PUBLISHED");
        TestData.moveVenueOf(seated.eventId(), city);
        held(seated, seated.seatIds().subList(0, 2));
        held(seated, seated.seatIds().subList(2, 3));

        // the platform recounts tickets taken every second here (every minute by default)
        List<String> expected = List.of("Twenty taken", "Five taken", "Three seats taken", "None taken");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        List<String> order = titles(search("city=" + encode(city) + "&sort=popularity"));
        while (!order.equals(expected) && System.nanoTime() < deadline) {
            sleep(200);
            order = titles(search("city=" + encode(city) + "&sort=popularity"));
        }

        assertThat(order).containsExactlyElementsOf(expected);
        assertThat(titles(search("city=" + encode(city) + "&sort=popularity&size=2&page=2")))
                .as("paging follows the order")
                .containsExactly("Three seats taken", "None taken");
    }

    @Test
    void theVenueFilterFindsTheEventsOfOneVenue() {
        String city = TestData.unique("Venuetown");
        GaEvent first = TestData.publishedEvent("At the hall", city, IN_A_MONTH, "10.00", 10);
        TestData.publishedEventAt(first.venueId(), "Also at the hall", IN_A_MONTH.plusDays(1), "12.00", 10);
        TestData.publishedEvent("Across the street", city, IN_A_MONTH, "10.00", 10);

        JsonObject atTheHall = search("venue=" + first.venueId());

        assertThat(titles(atTheHall)).containsExactly("At the hall", "Also at the hall");
        assertThat(titles(search("city=" + encode(city)))).hasSize(3);
        assertThat(search("venue=not-one-of-ours").getInt("total"))
                .as("an id that is not ours names no venue: nothing is there, as for an unknown id")
                .isZero();
        assertThat(search("venue=999999999").getInt("total")).isZero();
    }

    @Test
    void theOldParametersStillWorkNextToTheNewOnes() {
        String city = TestData.unique("Oldtown");
        GaEvent gala = TestData.publishedEvent(TestData.unique("Gala"), city, IN_A_MONTH, "15.00", 10);
        TestData.publishedEvent("Other", city, IN_A_MONTH, "50.00", 10);
        String category = TestData.text(
                "select c.slug from category c join event e on e.category_id = c.id where e.id = ?", gala.eventId());

        JsonObject page = search("q=" + encode(gala.title()) + "&city=" + encode(city.toUpperCase()) + "&category="
                + category + "&minPrice=10&maxPrice=20&from="
                + IN_A_MONTH.toLocalDate().minusDays(1) + "&available=true"
                + "&venue=" + gala.venueId() + "&sort=title");

        assertThat(titles(page)).containsExactly(gala.title());
    }

    @Test
    void wordsAreFoundByTheirBeginningInTitleOrDescriptionAndEveryWordMustBeThere() {
        String city = TestData.unique("Wordtown");
        GaEvent jazz = TestData.publishedEvent("Jazzfestival of the Sea", city, IN_A_MONTH, "20.00", 10);
        GaEvent blues = TestData.publishedEvent("Evening Blues", city, IN_A_MONTH.plusDays(1), "20.00", 10);
        TestData.execute("update event set description = ? where id = ?", "Swing and bebop till late.", jazz.eventId());
        TestData.execute(
                "update event set description = ? where id = ?",
                "Meet at Hamburg-Altona; the ICE-597 (3.5 hours) takes you home.",
                blues.eventId());

        assertThat(titles(search("city=" + encode(city) + "&q=jazz"))).containsExactly(jazz.title());
        assertThat(titles(search("city=" + encode(city) + "&q=JAZZFESTIVAL"))).containsExactly(jazz.title());
        assertThat(titles(search("city=" + encode(city) + "&q=bebop")))
                .as("a word of the description")
                .containsExactly(jazz.title());
        assertThat(titles(search("city=" + encode(city) + "&q=azz")))
                .as("a word is found by its beginning, not from its middle")
                .isEmpty();
        assertThat(titles(search("city=" + encode(city) + "&q=" + encode("altona ice-597"))))
                .as("split at punctuation as the description is")
                .containsExactly(blues.title());
        assertThat(titles(search("city=" + encode(city) + "&q=" + encode("3.5 hours"))))
                .containsExactly(blues.title());
        assertThat(titles(search("city=" + encode(city) + "&q=" + encode("blues bebop"))))
                .as("every word must be there")
                .isEmpty();
        assertThat(titles(search("city=" + encode(city) + "&q=" + encode("50% _x_"))))
                .as("wildcards are text like any other")
                .isEmpty();
        assertThat(titles(search("city=" + encode(city) + "&q=" + encode("  --  "))))
                .as("no words: no word filter")
                .containsExactly(jazz.title(), blues.title());
    }

    @Test
    void aSearchTextOfMoreThan200CharactersIsABadRequest() {
        HttpResponse<String> response = Http.get(Platform.uri("/api/v1/events?q=" + "word+".repeat(40) + "x"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("invalid-parameters");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("q");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("must be at most 200 characters");
    }

    @Test
    void badParametersAreOneBadRequestProblemNamingEachNewAndOldField() {
        HttpResponse<String> response =
                Http.get(Platform.uri("/api/v1/events?available=maybe&sort=cheapest&minPrice=-1&to=soon&size=0"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("invalid-parameters");
        Map<String, String> errors = problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(error -> error.getString("field"), error -> error.getString("message")));
        assertThat(errors).containsOnlyKeys("available", "sort", "minPrice", "to", "size");
        assertThat(errors.get("available")).isEqualTo("must be true or false");
        assertThat(errors.get("sort")).contains("price", "price-desc", "popularity", "date", "date-desc", "title");
    }

    /** Places held by a new customer through the API, as buyers take them. */
    private static void held(GaEvent event, int places) {
        HttpResponse<String> held = Holds.hold(Holds.customer(), Holds.itemsBody(event, places));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
    }

    /** Seats held by a new customer through the API. */
    private static void held(SeatedEvent event, List<Long> seats) {
        HttpResponse<String> held =
                Holds.hold(Holds.customer(), Holds.seatsBody(event.eventId(), seats.toArray(Long[]::new)));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
    }

    private static JsonObject search(String query) {
        HttpResponse<String> response = Http.get(Platform.uri("/api/v1/events?" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("application/json");
        return Http.json(response);
    }

    @Test
    void aLongListIsCountedUpToALimitAndSaysSo() {
        String city = TestData.unique("Crowdtown");
        GaEvent first = TestData.publishedEvent(TestData.unique("Lonely"), city, IN_A_MONTH, "10.00", 10);
        long category = TestData.category(TestData.unique("Crowds"), TestData.unique("crowds"));
        TestData.execute(
                "insert into event (id, title, description, category_id, venue_id, starts_at, ends_at, status,"
                        + " duration_seconds, price_from, version)"
                        + " select nextval('event_seq'), 'Crowd ' || g, 'One of many', ?, ?, ?, ?, 'PUBLISHED', 7200,"
                        + " 10.00, 1 from generate_series(1, 1001) g",
                category,
                first.venueId(),
                IN_A_MONTH,
                IN_A_MONTH.plusHours(2));

        JsonObject page = search("city=" + encode(city));
        JsonObject few = search("city=" + encode(city) + "&q=" + encode(first.title()));

        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(200);
        assertThat(page.getBoolean("totalExact")).isFalse();
        assertThat(page.getJsonArray("items")).hasSize(20);
        assertThat(few.getJsonNumber("total").longValue()).as("the lonely one").isEqualTo(1);
        assertThat(few.getBoolean("totalExact")).isTrue();
        JsonObject last = search("city=" + encode(city) + "&size=100&page=11");
        assertThat(last.getJsonArray("items")).hasSize(2);
        assertThat(last.getJsonNumber("total").longValue()).isEqualTo(1002);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("title"))
                .toList();
    }

    private static Map<String, Boolean> soldOutByTitle(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(item -> item.getString("title"), item -> item.getBoolean("soldOut")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
