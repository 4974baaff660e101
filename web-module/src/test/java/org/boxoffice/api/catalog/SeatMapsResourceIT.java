package org.boxoffice.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/** The seat map of a published event: every seat with its row, number, category and state. */
class SeatMapsResourceIT {

    @Test
    void showsEverySeatWithItsStateForTheEvent() {
        TestData.SeatedEvent event = TestData.seatedEvent(TestData.unique("Seated Gala"), 3, 4, "PUBLISHED");
        long sold = event.seatIds().get(1);
        long held = event.seatIds().get(5);
        TestData.execute(
                "update event_seat set status = 'SOLD' where event_id = ? and seat_id = ?", event.eventId(), sold);
        TestData.execute(
                "update event_seat set status = 'HELD' where event_id = ? and seat_id = ?", event.eventId(), held);

        HttpResponse<String> response = Http.get(Platform.uri("/api/v1/events/" + event.eventId() + "/seat-map"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonObject map = Http.json(response);
        assertThat(map.getJsonArray("categories").toString()).contains("Premium", "Standard");
        JsonObject section = map.getJsonArray("sections").getJsonObject(0);
        assertThat(section.getBoolean("seated")).isTrue();
        JsonArray rows = section.getJsonArray("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.getJsonObject(0).getString("label")).isEqualTo("A");
        JsonArray rowA = rows.getJsonObject(0).getJsonArray("seats");
        assertThat(rowA).hasSize(4);
        // [id, number, category index, state, accessible]
        assertThat(rowA.getJsonArray(0).getJsonNumber(0).longValue())
                .isEqualTo(event.seatIds().get(0));
        assertThat(rowA.getJsonArray(0).getInt(1)).isEqualTo(1);
        assertThat(rowA.getJsonArray(0).getString(3)).isEqualTo("F");
        assertThat(rowA.getJsonArray(1).getString(3)).isEqualTo("S");
        assertThat(rows.getJsonObject(1).getJsonArray("seats").getJsonArray(1).getString(3))
                .isEqualTo("H");
    }

    @Test
    void aBlockedSeatIsNeverForSale() {
        TestData.SeatedEvent event = TestData.seatedEvent(TestData.unique("Pillar"), 1, 3, "DRAFT");
        long pillar = event.seatIds().get(2);
        TestData.execute("update seat set blocked = true, accessible = false where id = ?", pillar);
        TestData.execute(
                "update seat set accessible = true where id = ?",
                event.seatIds().get(0));
        TestData.execute("update event set status = 'PUBLISHED' where id = ?", event.eventId());
        TestData.execute(
                "insert into event_seat (event_id, seat_id, ticket_type_id, status, version)"
                        + " select ?, s.id, ?, 'FREE', 1 from seat s where s.section_id = ? and not s.blocked",
                event.eventId(),
                event.ticketTypeId(),
                event.sectionId());

        JsonArray seats = Http.json(Http.get(Platform.uri("/api/v1/events/" + event.eventId() + "/seat-map")))
                .getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonArray("seats");

        assertThat(seats.getJsonArray(2).getString(3)).isEqualTo("B");
        assertThat(seats.getJsonArray(0).getInt(4)).as("accessible").isEqualTo(1);
        assertThat(TestData.count(
                        "select count(*) from event_seat where event_id = ? and seat_id = ?", event.eventId(), pillar))
                .isZero();
    }

    @Test
    void draftsAndUnknownIdsAreNotFound() {
        TestData.SeatedEvent draft = TestData.seatedEvent(TestData.unique("Draft"), 1, 2, "DRAFT");

        HttpResponse<String> ofDraft = Http.get(Platform.uri("/api/v1/events/" + draft.eventId() + "/seat-map"));
        HttpResponse<String> unknown = Http.get(Platform.uri("/api/v1/events/987654321/seat-map"));
        HttpResponse<String> notAnId = Http.get(Platform.uri("/api/v1/events/abc/seat-map"));

        assertThat(ofDraft.statusCode()).as("a draft is not public").isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(unknown)).startsWith("application/problem+json");
    }
}
