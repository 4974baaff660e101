package org.boxoffice.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Entry.Issued;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.ticket.control.TicketKeys;
import org.junit.jupiter.api.Test;

/** Offline gates: the check-in list they work from, and the scans they upload later. */
class CheckinBatchIT {

    @Test
    void theEarliestScanOfATicketIsItsAdmissionAndEveryConflictIsReported() {
        Door door = Entry.door("Offline", 10);
        Door other = Entry.door("Other", 10);
        List<Issued> tickets = Entry.tickets(door.event(), 5);
        Issued otherTicket = Entry.tickets(other.event(), 1).get(0);
        String token = Entry.scannerToken(door, "Offline phone", null).getString("token");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        // ticket 0 was let in online a moment ago; an offline gate had scanned it half an hour before
        assertThat(Entry.checkIn(token, tickets.get(0).code(), "Online").statusCode())
                .isEqualTo(200);
        String forged = tickets.get(4).code().substring(0, 60) + "0000"
                + tickets.get(4).code().substring(64);

        String body = scans(
                scan(tickets.get(0).code(), "Offline 1", now.minusMinutes(30)),
                scan(tickets.get(1).code(), "Offline 2", now.minusMinutes(10)),
                scan(tickets.get(1).code(), "Offline 1", now.minusMinutes(20)),
                scan(tickets.get(2).code(), "Offline 1", now.minusMinutes(5)),
                scan(forged, "Offline 1", now.minusMinutes(5)),
                scan(tickets.get(3).code(), "Offline 1", "yesterday"),
                scan(tickets.get(3).code(), "Offline 1", now.plusHours(1).toString()),
                scan(otherTicket.code(), "Offline 1", now.minusMinutes(5)));
        HttpResponse<String> uploaded = Api.post("/api/v1/checkins/batch", body, token);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonObject batch = Http.json(uploaded);
        assertThat(batch.getInt("admitted")).isEqualTo(3);
        assertThat(batch.getInt("alreadyUsed")).isEqualTo(1);
        assertThat(batch.getInt("refused")).isEqualTo(4);
        JsonArray results = batch.getJsonArray("results");
        assertThat(results).hasSize(8);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.getJsonObject(i).getInt("index")).isEqualTo(i);
        }

        JsonObject earlierThanOnline = results.getJsonObject(0);
        assertThat(earlierThanOnline.getString("result")).isEqualTo("ADMITTED");
        assertThat(earlierThanOnline.getString("gate")).isEqualTo("Offline 1");
        assertThat(earlierThanOnline.getJsonObject("replaced").getString("gate"))
                .as("the online admission is now the duplicate")
                .isEqualTo("Online");
        JsonObject later = results.getJsonObject(1);
        assertThat(later.getString("result")).isEqualTo("ALREADY_USED");
        assertThat(later.getString("code")).isEqualTo("checkin.already-used");
        assertThat(later.getString("gate")).isEqualTo("Offline 1");
        assertThat(OffsetDateTime.parse(later.getString("admittedAt")).toInstant())
                .isEqualTo(now.minusMinutes(20).toInstant());
        assertThat(later.getString("detail")).contains("at gate Offline 1");
        assertThat(results.getJsonObject(2).getString("result")).isEqualTo("ADMITTED");
        assertThat(results.getJsonObject(2).containsKey("replaced")).isFalse();
        assertThat(results.getJsonObject(3).getString("result")).isEqualTo("ADMITTED");
        assertThat(results.getJsonObject(4).getString("code")).isEqualTo("checkin.invalid-code");
        assertThat(results.getJsonObject(5).getString("code")).isEqualTo("checkin.scan-time");
        assertThat(results.getJsonObject(6).getString("code")).isEqualTo("checkin.scan-time");
        assertThat(results.getJsonObject(7).getString("code")).isEqualTo("checkin.other-event");
        assertThat(results.getJsonObject(7).getString("title")).isEqualTo("Ticket for another event");

        // what stays: the earliest scans, whatever the order they came in
        assertThat(TestData.text(
                        "select admitted_gate from ticket where id = ?",
                        tickets.get(0).id()))
                .isEqualTo("Offline 1");
        assertThat(TestData.count(
                        "select count(*) from ticket where id = ? and admitted_at = ?",
                        tickets.get(1).id(),
                        now.minusMinutes(20)))
                .isEqualTo(1);
        HttpResponse<String> online = Entry.checkIn(token, tickets.get(0).code(), "Online");
        Api.assertProblem(online, 409, "checkin.already-used");
        assertThat(Http.json(online).getString("gate")).isEqualTo("Offline 1");

        // the same upload again admits nothing: every scan is a tie or later
        JsonObject again = Http.json(Api.post("/api/v1/checkins/batch", body, token));
        assertThat(again.getInt("admitted")).isZero();
        assertThat(again.getInt("alreadyUsed")).isEqualTo(4);
        assertThat(TestData.count(
                        "select count(*) from ticket where event_id = ? and admitted_at is not null",
                        other.event().eventId()))
                .isZero();
    }

    @Test
    void aBatchIsBoundedAndNeedsScans() {
        Door door = Entry.door("Bounded", 10);
        String token = Entry.scannerToken(door, "Phone", null).getString("token");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(scan("X", null, "2026-01-01T00:00:00Z"));
        }

        assertThat(Api.post("/api/v1/checkins/batch", scans(many.toArray(String[]::new)), token)
                        .statusCode())
                .isIn(400, 422);
        assertThat(Api.post("/api/v1/checkins/batch", "{\"scans\":[]}", token).statusCode())
                .isIn(400, 422);
        assertThat(Api.post("/api/v1/checkins/batch", scans(scan("X", null, "2026-01-01T00:00:00Z")), Holds.customer())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCheckInListHasTheKeysTheRevokedCodesTheAdmissionsAndWhatTheDoorShows() {
        Door door = Entry.door("Listed", 10);
        List<Issued> kept = Entry.tickets(door.event(), 3);
        List<Issued> cancelled = Entry.tickets(door.event(), 2);
        TestData.execute(
                "update event set cancellation_hours = 0 where id = ?",
                door.event().eventId());
        HttpResponse<String> cancel = Api.post(
                "/api/v1/bookings/" + cancelled.get(0).bookingId() + "/cancel",
                "",
                cancelled.get(0).customerToken());
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        String token = Entry.scannerToken(door, "Phone", null).getString("token");
        assertThat(Entry.checkIn(token, kept.get(1).code(), "North").statusCode())
                .isEqualTo(200);

        Set<String> valid = new HashSet<>();
        Set<String> revoked = new HashSet<>();
        List<JsonObject> admitted = new ArrayList<>();
        List<JsonObject> keys = new ArrayList<>();
        String after = "";
        int pages = 0;
        do {
            HttpResponse<String> page = Http.getWithToken(
                    Api.uri("/api/v1/events/" + door.event().eventId() + "/checkin-list?size=2" + after), token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            JsonObject list = Http.json(page);
            assertThat(list.getInt("total")).isEqualTo(5);
            assertThat(list.getString("eventTitle")).isEqualTo(door.event().title());
            list.getJsonArray("tickets").getValuesAs(JsonObject.class).forEach(ticket -> {
                valid.add(ticket.getString("id"));
                assertThat(ticket.getString("label")).isEqualTo("Standard");
                assertThat(ticket.getString("holderFirstName")).isEqualTo("Test");
            });
            list.getJsonArray("revoked")
                    .getValuesAs(jakarta.json.JsonString.class)
                    .forEach(id -> revoked.add(id.getString()));
            admitted.addAll(list.getJsonArray("admitted").getValuesAs(JsonObject.class));
            keys = list.getJsonArray("keys").getValuesAs(JsonObject.class);
            after = !list.containsKey("next") || list.isNull("next") ? null : "&after=" + list.getString("next");
            pages++;
        } while (after != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(valid).containsExactlyInAnyOrderElementsOf(ids(kept));
        assertThat(revoked).containsExactlyInAnyOrderElementsOf(ids(cancelled));
        assertThat(admitted).hasSize(1);
        assertThat(admitted.get(0).getString("ticketId"))
                .isEqualTo(String.valueOf(kept.get(1).id()));
        assertThat(admitted.get(0).getString("gate")).isEqualTo("North");
        // the key a scanner verifies codes with offline is the platform's
        Map<Integer, PublicKey> platform = TicketKeys.from(name -> Optional.ofNullable(System.getenv(
                        name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'))))
                .publicKeys();
        assertThat(keys).hasSize(platform.size());
        assertThat(keys.get(0).getString("algorithm")).isEqualTo("Ed25519");
        assertThat(Base64.getDecoder().decode(keys.get(0).getString("publicKey")))
                .isEqualTo(platform.get(Integer.parseInt(keys.get(0).getString("keyId")))
                        .getEncoded());
        assertThat(keys.get(0).getString("pem")).startsWith("-----BEGIN PUBLIC KEY-----");

        // its organizers read it too; another organisation and customers do not
        assertThat(Http.getWithToken(
                                Api.uri("/api/v1/events/" + door.event().eventId() + "/checkin-list"), door.organizer())
                        .statusCode())
                .isEqualTo(200);
        Api.assertProblem(
                Http.getWithToken(
                        Api.uri("/api/v1/events/" + door.event().eventId() + "/checkin-list"),
                        Entry.door("Rival", 10).organizer()),
                404,
                "catalog.unknown-event");
        assertThat(Http.getWithToken(
                                Api.uri("/api/v1/events/" + door.event().eventId() + "/checkin-list"), Holds.customer())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(
                                Api.uri("/api/v1/events/" + door.event().eventId() + "/checkin-list?size=0"), token)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theFiguresCountAdmissionsOfValidTicketsPerGateAndPerFiveMinutes() {
        Door door = Entry.door("Figures", 10);
        List<Issued> tickets = Entry.tickets(door.event(), 4);
        String token = Entry.scannerToken(door, "Phone", null).getString("token");
        Entry.checkIn(token, tickets.get(0).code(), "North");
        Entry.checkIn(token, tickets.get(1).code(), "North");
        Entry.checkIn(token, tickets.get(2).code(), "South");

        HttpResponse<String> answer = Http.getWithToken(
                Api.uri("/api/v1/organizer/events/" + door.event().eventId() + "/checkins/summary"), door.organizer());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject figures = Http.json(answer);
        assertThat(figures.getInt("expected")).isEqualTo(4);
        assertThat(figures.getInt("admitted")).isEqualTo(3);
        JsonArray gates = figures.getJsonArray("gates");
        assertThat(gates.getJsonObject(0).getString("gate")).isEqualTo("North");
        assertThat(gates.getJsonObject(0).getInt("admitted")).isEqualTo(2);
        assertThat(gates.getJsonObject(1).getString("gate")).isEqualTo("South");
        int inIntervals = figures.getJsonArray("intervals").getValuesAs(JsonObject.class).stream()
                .mapToInt(interval -> interval.getInt("admitted"))
                .sum();
        assertThat(inIntervals).isEqualTo(3);
        OffsetDateTime from = OffsetDateTime.parse(
                figures.getJsonArray("intervals").getJsonObject(0).getString("from"));
        assertThat(from.toEpochSecond() % 300).isZero();
        assertThat(from).isBetween(OffsetDateTime.now().minusMinutes(6), OffsetDateTime.now());
    }

    private static List<String> ids(List<Issued> tickets) {
        return tickets.stream().map(ticket -> String.valueOf(ticket.id())).toList();
    }

    private static String scan(String code, String gate, OffsetDateTime at) {
        return scan(code, gate, at.toString());
    }

    private static String scan(String code, String gate, String at) {
        return "{\"code\":\"" + code + "\"" + (gate == null ? "" : ",\"gate\":\"" + gate + "\"") + ",\"scannedAt\":\""
                + at + "\"}";
    }

    private static String scans(String... scans) {
        return "{\"scans\":[" + String.join(",", scans) + "]}";
    }
}
