package org.boxoffice.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Entry.Issued;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Admission at the door over HTTP: a ticket lets in once, with scanner tokens, organizers and
 * admins; every refusal is a problem with its own code; a scanner token does nothing but check in
 * at its event, and stops at once when it is revoked or expires.
 */
class CheckinsIT {

    @Test
    void aTicketLetsInOnceAndTheSecondScanSaysWhenAndAtWhichGate() {
        Door door = Entry.door("Opening night", 10);
        Issued ticket = Entry.tickets(door.event(), 1).get(0);
        JsonObject scanner = Entry.scannerToken(door, "Phone 1", null);

        HttpResponse<String> first = Entry.checkIn(scanner.getString("token"), ticket.code(), " North ");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject admitted = Http.json(first);
        assertThat(admitted.getString("ticketId")).isEqualTo(String.valueOf(ticket.id()));
        assertThat(admitted.getString("eventId"))
                .isEqualTo(String.valueOf(door.event().eventId()));
        assertThat(admitted.getString("bookingNumber")).isEqualTo(ticket.bookingId());
        assertThat(admitted.getString("label")).isEqualTo("Standard");
        assertThat(admitted.getString("holderFirstName")).isEqualTo("Test");
        assertThat(admitted.getString("gate")).isEqualTo("North");
        OffsetDateTime at = OffsetDateTime.parse(admitted.getString("admittedAt"));
        assertThat(at)
                .isBetween(
                        OffsetDateTime.now().minusMinutes(1),
                        OffsetDateTime.now().plusMinutes(1));
        assertThat(TestData.count(
                        "select count(*) from ticket where id = ? and admitted_by_scanner = ? and admitted_gate = 'North'",
                        ticket.id(),
                        Long.parseLong(scanner.getString("id"))))
                .isEqualTo(1);

        HttpResponse<String> again = Entry.checkIn(scanner.getString("token"), ticket.code(), "South");

        Api.assertProblem(again, 409, "checkin.already-used");
        JsonObject used = Http.json(again);
        assertThat(used.getString("gate")).isEqualTo("North");
        assertThat(OffsetDateTime.parse(used.getString("admittedAt"))).isEqualTo(at);
        assertThat(used.getString("title")).isEqualTo("Already used");
        assertThat(used.getString("detail")).contains("at gate North").contains("(Europe/Berlin)");
        // the organizer's own scan of the same ticket is refused alike
        Api.assertProblem(Entry.checkIn(door.organizer(), ticket.code(), null), 409, "checkin.already-used");
    }

    @Test
    void aScannerTokenOfAGateRecordsItsGateWhateverTheScanSays() {
        Door door = Entry.door("Gated", 10);
        Issued ticket = Entry.tickets(door.event(), 1).get(0);
        JsonObject east = Entry.scannerToken(door, "East phone", "East");
        assertThat(east.getString("gate")).isEqualTo("East");

        HttpResponse<String> admitted = Entry.checkIn(east.getString("token"), ticket.code(), "West");

        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(Http.json(admitted).getString("gate")).isEqualTo("East");
    }

    @Test
    void organizersOfTheEventAndAdminsCheckInToo() {
        Door door = Entry.door("Staffed", 10);
        List<Issued> tickets = Entry.tickets(door.event(), 2);
        String email = TestData.unique("admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");

        String code = tickets.get(0).code();
        // typed at the door: in groups, in small letters
        String typed = (code.substring(0, 8) + " " + code.substring(8, 16) + "-" + code.substring(16)).toLowerCase();

        HttpResponse<String> byOrganizer = Entry.checkIn(door.organizer(), typed, "Main");
        HttpResponse<String> byAdmin = Entry.checkIn(admin, tickets.get(1).code(), null);

        assertThat(byOrganizer.statusCode()).as(byOrganizer.body()).isEqualTo(200);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        assertThat(Http.json(byAdmin).containsKey("gate"))
                .as("no gate named, none recorded")
                .isFalse();
        assertThat(TestData.count(
                        "select count(*) from ticket where event_id = ? and admitted_by_account is not null",
                        door.event().eventId()))
                .isEqualTo(2);
    }

    @Test
    void aSeatedTicketShowsItsSeatAtTheDoorAndInTheCheckInList() {
        TestData.SeatedEvent event = TestData.seatedEvent(TestData.unique("Seated door"), 1, 2, "PUBLISHED");
        String customer = Holds.customer();
        HttpResponse<String> held = Holds.hold(
                customer, Holds.seatsBody(event.eventId(), event.seatIds().get(1)));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        HttpResponse<String> paid = Api.post(
                "/api/v1/bookings/" + Http.json(held).getString("id") + "/payment",
                "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\",\"expiry\":\"12/34\","
                        + "\"cvc\":\"123\"}}",
                customer);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonObject ticket =
                Http.json(paid).getJsonObject("booking").getJsonArray("tickets").getJsonObject(0);
        String email = TestData.unique("admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");

        HttpResponse<String> admitted = Entry.checkIn(admin, ticket.getString("code"), null);

        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(Http.json(admitted).getString("seat")).isEqualTo("Stalls, row A, seat 2");
        assertThat(Http.json(admitted).getString("label")).isEqualTo("Stalls · Stalls, row A, seat 2");
        HttpResponse<String> list =
                Http.getWithToken(Api.uri("/api/v1/events/" + event.eventId() + "/checkin-list"), admin);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Http.json(list).getJsonArray("tickets").getJsonObject(0).getString("label"))
                .isEqualTo("Stalls · Stalls, row A, seat 2");
    }

    @Test
    void aCancelledTicketIsVoid() {
        Door door = Entry.door("Cancelled", 10);
        Issued ticket = Entry.tickets(door.event(), 1).get(0);
        TestData.execute(
                "update event set cancellation_hours = 0 where id = ?",
                door.event().eventId());
        HttpResponse<String> cancelled =
                Api.post("/api/v1/bookings/" + ticket.bookingId() + "/cancel", "", ticket.customerToken());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonObject scanner = Entry.scannerToken(door, "Phone", null);

        HttpResponse<String> refused = Entry.checkIn(scanner.getString("token"), ticket.code(), null);

        Api.assertProblem(refused, 409, "checkin.ticket-void");
        assertThat(Http.json(refused).getString("title")).isEqualTo("Ticket void");
    }

    @Test
    void aGenuineCodeOfNoTicketIsUnknown() {
        Door door = Entry.door("Unknown", 10);
        JsonObject scanner = Entry.scannerToken(door, "Phone", null);
        String genuine =
                Entry.platformCodes().sign(987_654_321_098L, door.event().eventId());

        Api.assertProblem(Entry.checkIn(scanner.getString("token"), genuine, null), 404, "checkin.unknown-ticket");
    }

    @Test
    void forgedTamperedAndTruncatedCodesAreNotValid() {
        Door door = Entry.door("Forgers", 10);
        Issued ticket = Entry.tickets(door.event(), 1).get(0);
        String token = Entry.scannerToken(door, "Phone", null).getString("token");
        String code = ticket.code();
        // another ticket's payload under this ticket's signature
        String tampered = code.substring(0, 4) + (code.charAt(4) == '2' ? '3' : '2') + code.substring(5);
        // a signature that does not match: its middle changed
        int middle = code.length() - 50;
        String forged =
                code.substring(0, middle) + (code.charAt(middle) == 'A' ? 'B' : 'A') + code.substring(middle + 1);

        for (String bad : List.of(tampered, forged, code.substring(0, code.length() - 20), "HELLO", "x".repeat(150))) {
            HttpResponse<String> refused = Entry.checkIn(token, bad, null);
            Api.assertProblem(refused, 422, "checkin.invalid-code");
            assertThat(Http.json(refused).getString("title")).isEqualTo("Not a valid ticket");
        }
        assertThat(Http.json(Entry.checkIn(token, forged, null)).getString("detail"))
                .contains("not genuine");
        assertThat(TestData.count("select count(*) from ticket where id = ? and admitted_at is not null", ticket.id()))
                .isZero();
    }

    @Test
    void aCodeOfAnotherEventIsRefusedAsForAnotherEvent() {
        Door ours = Entry.door("Ours", 10);
        Door theirs = Entry.door("Theirs", 10);
        Issued theirTicket = Entry.tickets(theirs.event(), 1).get(0);
        String scanner = Entry.scannerToken(ours, "Phone", null).getString("token");

        HttpResponse<String> byScanner = Entry.checkIn(scanner, theirTicket.code(), null);
        HttpResponse<String> byOrganizer = Entry.checkIn(ours.organizer(), theirTicket.code(), null);

        Api.assertProblem(byScanner, 422, "checkin.other-event");
        assertThat(Http.json(byScanner).getString("title")).isEqualTo("Ticket for another event");
        Api.assertProblem(byOrganizer, 422, "checkin.other-event");
        assertThat(TestData.count(
                        "select count(*) from ticket where id = ? and admitted_at is not null", theirTicket.id()))
                .isZero();
    }

    @Test
    void aCustomerMayNotCheckIn() {
        Door door = Entry.door("Customers", 10);
        Issued ticket = Entry.tickets(door.event(), 1).get(0);

        HttpResponse<String> refused = Entry.checkIn(ticket.customerToken(), ticket.code(), null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(Http.contentType(refused)).startsWith("application/problem+json");
        assertThat(Http.json(Entry.checkIn(Holds.customer(), ticket.code(), null))
                        .getInt("status"))
                .isEqualTo(403);
    }

    @Test
    void aRevokedTokenStopsAtOnceAndAnExpiredOrUnknownOneNeverWorks() {
        Door door = Entry.door("Revoked", 10);
        List<Issued> tickets = Entry.tickets(door.event(), 2);
        JsonObject scanner = Entry.scannerToken(door, "Lost phone", null);
        String token = scanner.getString("token");
        assertThat(Entry.checkIn(token, tickets.get(0).code(), null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> revoked = Http.delete(
                Api.uri("/api/v1/organizer/events/" + door.event().eventId() + "/scanner-tokens/"
                        + scanner.getString("id")),
                "Authorization",
                "Bearer " + door.organizer());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);

        assertUnauthorized(Entry.checkIn(token, tickets.get(1).code(), null), "revoked");
        JsonObject listed = Http.json(Http.getWithToken(
                Api.uri("/api/v1/organizer/events/" + door.event().eventId() + "/scanner-tokens"), door.organizer()));
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("status"))
                .isEqualTo("REVOKED");
        assertThat(listed.getJsonArray("items").getJsonObject(0).containsKey("token"))
                .as("the secret is shown once")
                .isFalse();

        JsonObject expiring = Entry.scannerToken(door, "Old phone", null);
        TestData.execute(
                "update scanner_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 minute'"
                        + " where id = ?",
                Long.parseLong(expiring.getString("id")));
        assertUnauthorized(
                Entry.checkIn(expiring.getString("token"), tickets.get(1).code(), null), "expired");

        assertUnauthorized(
                Entry.checkIn(
                        unknownScannerToken(door.event().eventId()),
                        tickets.get(1).code(),
                        null),
                "not known");
        assertThat(TestData.count(
                        "select count(*) from ticket where id = ? and admitted_at is not null",
                        tickets.get(1).id()))
                .isZero();
    }

    @Test
    void aScannerTokenDoesNothingButCheckInAtItsEvent() {
        Door door = Entry.door("Narrow", 10);
        Door other = Entry.door("Elsewhere", 10);
        String token = Entry.scannerToken(door, "Phone", null).getString("token");
        long event = door.event().eventId();

        for (String path : List.of(
                "/api/v1/events",
                "/api/v1/events/" + event,
                "/api/v1/bookings",
                "/api/v1/accounts/me",
                "/api/v1/organizer/events",
                "/api/v1/organizer/events/" + event + "/scanner-tokens",
                "/api/v1/organizer/events/" + event + "/checkins/summary")) {
            HttpResponse<String> refused = Http.getWithToken(Api.uri(path), token);
            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
            assertThat(Http.contentType(refused)).startsWith("application/problem+json");
        }
        HttpResponse<String> newToken = Entry.createScannerToken(token, event, "Sneaky", null);
        assertThat(newToken.statusCode()).as(newToken.body()).isEqualTo(403);

        assertThat(Http.getWithToken(Api.uri("/api/v1/events/" + event + "/checkin-list"), token)
                        .statusCode())
                .isEqualTo(200);
        Api.assertProblem(
                Http.getWithToken(Api.uri("/api/v1/events/" + other.event().eventId() + "/checkin-list"), token),
                403,
                "checkin.not-this-event");
    }

    @Test
    void organizersMakeTokensForTheirOwnPublishedEventsWithinTheExpiryBounds() {
        Door door = Entry.door("Tokens", 10);
        long event = door.event().eventId();
        JsonObject made = Entry.scannerToken(door, "Main entrance", null);
        Instant ends = Instant.ofEpochSecond(
                TestData.count("select cast(extract(epoch from ends_at) as bigint) from event where id = ?", event));

        assertThat(OffsetDateTime.parse(made.getString("expiresAt")).toInstant())
                .isEqualTo(ends.plus(Duration.ofHours(6)));
        assertThat(made.getString("status")).isEqualTo("ACTIVE");
        assertThat(made.getString("scanUrl")).endsWith("/scan.xhtml#token=" + made.getString("token"));

        String tooLate = "{\"label\":\"Late\",\"expiresAt\":\"" + ends.plus(Duration.ofHours(25)) + "\"}";
        Api.assertProblem(
                Api.post("/api/v1/organizer/events/" + event + "/scanner-tokens", tooLate, door.organizer()),
                422,
                "scanner-token.expiry-too-late");
        String past =
                "{\"label\":\"Past\",\"expiresAt\":\"" + OffsetDateTime.now().minusHours(1) + "\"}";
        Api.assertProblem(
                Api.post("/api/v1/organizer/events/" + event + "/scanner-tokens", past, door.organizer()),
                422,
                "scanner-token.expiry-past");
        Api.assertProblem(
                Entry.createScannerToken(Entry.door("Rivals", 10).organizer(), event, "Theirs", null),
                404,
                "catalog.unknown-event");
        long draft = TestData.draftEvent(
                        TestData.unique("Draft"), "Town", OffsetDateTime.now().plusDays(5), "10.00", 5)
                .eventId();
        TestData.organiseEvent(draft, door.organisation());
        Api.assertProblem(
                Entry.createScannerToken(door.organizer(), draft, "Draft", null),
                409,
                "scanner-token.event-not-published");
        HttpResponse<String> noLabel =
                Api.post("/api/v1/organizer/events/" + event + "/scanner-tokens", "{\"gate\":\"A\"}", door.organizer());
        assertThat(noLabel.statusCode()).as(noLabel.body()).isIn(400, 422);
        Api.assertProblem(
                Http.delete(
                        Api.uri("/api/v1/organizer/events/" + event + "/scanner-tokens/123456789"),
                        "Authorization",
                        "Bearer " + door.organizer()),
                404,
                "scanner-token.unknown");
    }

    private static void assertUnauthorized(HttpResponse<String> response, String saying) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(response).getString("detail")).contains(saying);
    }

    /** A scanner token signed with the platform's key, but with an id that no token row has. */
    private static String unknownScannerToken(long eventId) {
        try {
            String pem = Files.readString(Tokens.privateKeyFile())
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            var key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            Instant now = Instant.now();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer(Tokens.ISSUER)
                            .subject("scanner-1")
                            .claim("upn", "scanner-1")
                            .claim("groups", List.of("SCANNER"))
                            .claim("event", String.valueOf(eventId))
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                            .jwtID(UUID.randomUUID().toString())
                            .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
