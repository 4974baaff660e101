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
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.Test;

class EventsResourceIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void findsAPublishedEventByCityAndTextWithItsLowestPrice() {
        String city = TestData.unique("Town");
        GaEvent event = TestData.publishedEvent(TestData.unique("Gala"), city, IN_A_MONTH, "12.50", 100);

        JsonObject page = Http.json(ok(Http.get(Platform.uri("/api/v1/events?city=" + encode(city) + "&q="
                + encode(event.title().toLowerCase())))));

        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getInt("page")).isEqualTo(1);
        JsonObject found = page.getJsonArray("items").getJsonObject(0);
        assertThat(found.getString("id")).isEqualTo(String.valueOf(event.eventId()));
        assertThat(found.getString("title")).isEqualTo(event.title());
        assertThat(found.getString("city")).isEqualTo(city);
        assertThat(found.getString("zoneId")).isEqualTo("Europe/Berlin");
        assertThat(OffsetDateTime.parse(found.getString("startsAt")).toInstant())
                .isEqualTo(IN_A_MONTH.toInstant());
        assertThat(found.getJsonObject("priceFrom").getString("amount")).isEqualTo("12.50");
        assertThat(found.getJsonObject("priceFrom").getString("currency")).isEqualTo("EUR");
    }

    @Test
    void pagesThroughResultsWithTheTotal() {
        String city = TestData.unique("Pagetown");
        for (int i = 0; i < 3; i++) {
            TestData.publishedEvent("Event " + i, city, IN_A_MONTH.plusDays(i), "10.00", 10);
        }

        JsonObject first = Http.json(ok(Http.get(Platform.uri("/api/v1/events?size=2&city=" + encode(city)))));
        JsonObject second = Http.json(ok(Http.get(Platform.uri("/api/v1/events?size=2&page=2&city=" + encode(city)))));

        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(titles(first)).containsExactly("Event 0", "Event 1");
        assertThat(titles(second)).containsExactly("Event 2");
    }

    @Test
    void draftsAndPastEventsAreNotListed() {
        String city = TestData.unique("Drafttown");
        TestData.draftEvent("A draft", city, IN_A_MONTH, "10.00", 10);
        TestData.publishedEvent(
                "Long gone", city, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3), "10.00", 10);

        JsonObject page = Http.json(ok(Http.get(Platform.uri("/api/v1/events?city=" + encode(city)))));

        assertThat(page.getInt("total")).isZero();
    }

    @Test
    void readsOneEventWithItsVenueTicketTypesAndAvailability() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Opera"), TestData.unique("City"), IN_A_MONTH, "99.00", 40);

        JsonObject found = Http.json(ok(Http.get(Platform.uri("/api/v1/events/" + event.eventId()))));

        assertThat(found.getString("status")).isEqualTo("PUBLISHED");
        assertThat(found.getJsonObject("venue").getString("id")).isEqualTo(String.valueOf(event.venueId()));
        assertThat(found.getJsonObject("venue").getString("zoneId")).isEqualTo("Europe/Berlin");
        JsonObject type = found.getJsonArray("ticketTypes").getJsonObject(0);
        assertThat(type.getString("id")).isEqualTo(String.valueOf(event.ticketTypeId()));
        assertThat(type.getJsonObject("price").getString("amount")).isEqualTo("99.00");
        assertThat(type.getBoolean("seated")).isFalse();
        assertThat(type.getJsonNumber("available").longValue()).isEqualTo(40);
    }

    @Test
    void anUnknownOrDraftEventIsANotFoundProblem() {
        GaEvent draft = TestData.draftEvent("Secret draft", TestData.unique("City"), IN_A_MONTH, "10.00", 10);

        for (String id : List.of("999999999", "not-an-id", String.valueOf(draft.eventId()))) {
            HttpResponse<String> response = Http.get(Platform.uri("/api/v1/events/" + id));

            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
            JsonObject problem = Http.json(response);
            assertThat(problem.getInt("status")).isEqualTo(404);
            assertThat(problem.getString("type")).startsWith("https://boxoffice.org/problems/catalog.");
            assertThat(problem.getString("title")).isNotBlank();
            assertThat(problem.getString("detail")).contains(id);
        }
    }

    @Test
    void unreadableParametersAreOneBadRequestProblemNamingEachField() {
        HttpResponse<String> response =
                Http.get(Platform.uri("/api/v1/events?page=zero&size=1000&from=yesterday&minPrice=cheap&sort=random"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("invalid-parameters");
        assertThat(problem.getJsonArray("errors").stream()
                        .map(JsonValue::asJsonObject)
                        .map(error -> error.getString("field")))
                .containsExactlyInAnyOrder("page", "size", "from", "minPrice", "sort");
    }

    @Test
    void anUnknownAddressIsANotFoundProblemNotAnHtmlPage() {
        HttpResponse<String> response = Http.get(Platform.uri("/api/v1/no-such-thing"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(response).getInt("status")).isEqualTo(404);
    }

    @Test
    void listsTheCategories() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Show"), TestData.unique("City"), IN_A_MONTH, "5.00", 5);
        String slug = Http.json(ok(Http.get(Platform.uri("/api/v1/events/" + event.eventId()))))
                .getJsonObject("category")
                .getString("slug");

        HttpResponse<String> first = ok(Http.get(Platform.uri("/api/v1/categories?size=1")));

        assertThat(Http.json(first).getInt("size")).isEqualTo(1);
        assertThat(Http.json(first).getJsonArray("items")).hasSize(1);
        assertThat(org.boxoffice.it.Api.allItems("/api/v1/categories", null).toString())
                .contains("\"slug\":\"" + slug + "\"");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.contentType(response)).startsWith("application/json");
        return response;
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("title"))
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
