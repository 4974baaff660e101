package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Entry.Issued;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * API clients of integrators over HTTP: registered by an organizer with the secret shown once and
 * stored hashed, exchanged for tokens as JSON and as a form, reaching only what their scopes and
 * their organisation allow, stopped at once by revocation, booking for a customer, and rate limited
 * with 429 and Retry-After.
 */
class ApiClientsIT {

    @Test
    void anOrganizerRegistersAClientWhoseSecretIsShownOnceAndStoredHashed() throws Exception {
        Door door = Entry.door("Clients", 5);

        HttpResponse<String> created = register(door.organizer(), "Box office sync", "catalog:read", "sales:read");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonObject answer = Http.json(created);
        String clientId = answer.getString("clientId");
        String secret = answer.getString("clientSecret");
        assertThat(clientId).startsWith("bxc_");
        assertThat(secret).startsWith("bxs_").hasSizeGreaterThan(40);
        assertThat(created.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/v1/organizer/clients/" + clientId);
        JsonObject client = answer.getJsonObject("client");
        assertThat(client.getJsonArray("scopes").getValuesAs(JsonString::getString))
                .containsExactly("catalog:read", "sales:read");
        assertThat(client.getString("organisationId")).isEqualTo(String.valueOf(door.organisation()));
        assertThat(client.getString("status")).isEqualTo("ACTIVE");

        String stored = TestData.text("select secret_hash from api_client where client_id = ?", clientId);
        assertThat(stored).isNotEqualTo(secret).isEqualTo(sha256(secret));
        HttpResponse<String> listed = Http.getWithToken(Api.uri("/api/v1/organizer/clients"), door.organizer());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains(clientId).doesNotContain(secret);
        assertThat(Http.json(listed).getInt("total")).isEqualTo(1);
        HttpResponse<String> one =
                Http.getWithToken(Api.uri("/api/v1/organizer/clients/" + clientId), door.organizer());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(secret);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'API_CLIENT_REGISTERED' and detail like ?",
                        "%" + clientId + "%"))
                .isEqualTo(1);

        // another organisation's organizer does not see it
        String stranger = Api.organizer(TestData.organisation(TestData.unique("Other Org")));
        Api.assertProblem(
                Http.getWithToken(Api.uri("/api/v1/organizer/clients/" + clientId), stranger),
                404,
                "api-client.unknown");
    }

    @Test
    void theTokenEndpointTakesClientCredentialsAsJsonAndAsAFormAndRefusesAWrongSecret() {
        Door door = Entry.door("Tokens", 5);
        JsonObject client = registered(door.organizer(), "catalog:read");
        String clientId = client.getString("clientId");
        String secret = client.getString("clientSecret");

        HttpResponse<String> json = Http.postJson(
                Api.uri("/api/v1/auth/token"),
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + clientId + "\",\"client_secret\":\""
                        + secret + "\"}");
        HttpResponse<String> form =
                form("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        for (HttpResponse<String> answer : List.of(json, form)) {
            JsonObject token = Http.json(answer);
            assertThat(token.getString("token_type")).isEqualTo("Bearer");
            assertThat(token.getString("scope")).isEqualTo("catalog:read");
            assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            HttpResponse<String> events =
                    Http.getWithToken(Api.uri("/api/v1/events?size=1"), token.getString("access_token"));
            assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
        }
        assertThat(TestData.text("select cast(last_used_at as varchar) from api_client where client_id = ?", clientId))
                .isNotNull();

        HttpResponse<String> wrong =
                form("grant_type=client_credentials&client_id=" + clientId + "&client_secret=bxs_wrong");
        Api.assertProblem(wrong, 401, "api-client.invalid-client");
        assertThat(Http.json(wrong).getString("error")).isEqualTo("invalid_client");
        HttpResponse<String> missing = form("grant_type=client_credentials&client_id=" + clientId);
        Api.assertProblem(missing, 400, "api-client.invalid-request");
        assertThat(Http.json(missing).getString("error")).isEqualTo("invalid_request");
        HttpResponse<String> unsupported = form("grant_type=authorization_code&code=x");
        Api.assertProblem(unsupported, 400, "api-client.unsupported-grant");
        assertThat(Http.json(unsupported).getString("error")).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aClientReachesOnlyWhatItsScopesAllowAndOnlyItsOrganisationsData() {
        Door door = Entry.door("Scoped", 10);
        List<Issued> tickets = Entry.tickets(door.event(), 2);
        Door other = Entry.door("Someone else's", 10);
        Issued othersTicket = Entry.tickets(other.event(), 1).get(0);
        String catalogOnly = token(registered(door.organizer(), "catalog:read"));
        String sales = token(registered(door.organizer(), "sales:read"));
        String checkins = token(registered(door.organizer(), "checkins:write"));

        // catalog only: public reads, but no booking, no sales, no check-in, no organizer endpoint
        assertThat(Http.getWithToken(Api.uri("/api/v1/events/" + door.event().eventId()), catalogOnly)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Holds.hold(catalogOnly, Holds.itemsBody(door.event(), 1)).statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(Api.uri("/api/v1/events/" + door.event().eventId() + "/sales"), catalogOnly)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Entry.checkIn(catalogOnly, tickets.get(0).code(), null).statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(Api.uri("/api/v1/organizer/clients"), catalogOnly)
                        .statusCode())
                .isEqualTo(403);

        // sales: its organisation's event, not another's, and not the public catalog
        HttpResponse<String> own =
                Http.getWithToken(Api.uri("/api/v1/events/" + door.event().eventId() + "/sales"), sales);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"sold\":2");
        assertThat(Http.getWithToken(Api.uri("/api/v1/events/" + other.event().eventId() + "/sales"), sales)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(Api.uri("/api/v1/events"), sales).statusCode())
                .isEqualTo(403);

        // check-ins: its organisation's tickets, recorded as the client's; another's refused
        HttpResponse<String> admitted = Entry.checkIn(checkins, tickets.get(0).code(), "API");
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(TestData.count(
                        "select count(*) from ticket where id = ? and admitted_by_client is not null",
                        tickets.get(0).id()))
                .isEqualTo(1);
        Api.assertProblem(Entry.checkIn(checkins, othersTicket.code(), null), 422, "checkin.other-event");
    }

    @Test
    void anAdminRegistersClientsForAnOrganisationOrForNoneWhichBooksAnyOrganisationsEvents() {
        Door door = Entry.door("Admin's clients", 10);
        String email = TestData.unique("admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");

        Api.assertProblem(
                Api.post("/api/v1/admin/clients", "{\"name\":\"Reseller\",\"scopes\":[\"sales:read\"]}", admin),
                422,
                "api-client.scope-needs-organisation");
        HttpResponse<String> reports = Api.post(
                "/api/v1/admin/clients",
                "{\"name\":\"Accounting\",\"scopes\":[\"reports:read\"],\"organisationId\":\"" + door.organisation()
                        + "\"}",
                admin);
        HttpResponse<String> reseller = Api.post(
                "/api/v1/admin/clients",
                "{\"name\":\"Reseller\",\"scopes\":[\"catalog:read\",\"bookings:write\"]}",
                admin);

        assertThat(reports.statusCode()).as(reports.body()).isEqualTo(201);
        assertThat(Http.json(reports).getJsonObject("client").getString("organisationId"))
                .isEqualTo(String.valueOf(door.organisation()));
        HttpResponse<String> listed = Http.getWithToken(
                Api.uri("/api/v1/reports?from=2026-01-01&to=2026-12-31&size=100"), token(Http.json(reports)));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(Http.json(listed).getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(report ->
                        assertThat(report.getString("organisationId")).isEqualTo(String.valueOf(door.organisation())));

        assertThat(reseller.statusCode()).as(reseller.body()).isEqualTo(201);
        assertThat(Http.json(reseller).getJsonObject("client").containsKey("organisationId"))
                .as("a client of no organisation")
                .isFalse();
        String customer = TestData.unique("resold-to") + "@example.org";
        TestData.account(customer, "CUSTOMER");
        HttpResponse<String> held = Http.postJson(
                Api.uri("/api/v1/bookings"),
                Holds.itemsBody(door.event(), 1),
                "Authorization",
                "Bearer " + token(Http.json(reseller)),
                "Boxoffice-Customer",
                customer,
                "Idempotency-Key",
                Holds.key());
        assertThat(held.statusCode())
                .as("any organisation's event: " + held.body())
                .isEqualTo(201);
        HttpResponse<String> all = Http.getWithToken(Api.uri("/api/v1/admin/clients?size=100"), admin);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains(Http.json(reports).getString("clientId"))
                .contains(Http.json(reseller).getString("clientId"));
        // an organizer does not reach the admins' endpoint
        assertThat(Http.getWithToken(Api.uri("/api/v1/admin/clients"), door.organizer())
                        .statusCode())
                .isEqualTo(403);
    }

    /**
     * The path decides, not the roles: an admin who is also an organizer of an organisation acts,
     * under {@code /api/v1/organizer/clients}, on that organisation's clients only, as any of its
     * organizers; under {@code /api/v1/admin/clients} on all.
     */
    @Test
    void anAdminWhoIsAlsoAnOrganizerActsForItsOrganisationOnTheOrganizersPath() {
        Door door = Entry.door("Two hats", 5);
        Door other = Entry.door("Not theirs", 5);
        String email = TestData.unique("two-hats") + "@example.org";
        long account = TestData.account(email, "ADMIN", "ORGANIZER");
        TestData.joinOrganisation(account, door.organisation());
        String both = Tokens.valid(account, email, "ADMIN", "ORGANIZER");
        String theirs = registered(other.organizer(), "catalog:read").getString("clientId");

        HttpResponse<String> created = register(both, TestData.unique("client"), "sales:read");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).getJsonObject("client").getString("organisationId"))
                .as("registered for the organisation of the organizer")
                .isEqualTo(String.valueOf(door.organisation()));
        String own = Http.json(created).getString("clientId");
        HttpResponse<String> listed = Http.getWithToken(Api.uri("/api/v1/organizer/clients?size=100"), both);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(Http.json(listed).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(client -> client.getString("clientId"))
                .contains(own)
                .doesNotContain(theirs);
        Api.assertProblem(
                Http.getWithToken(Api.uri("/api/v1/organizer/clients/" + theirs), both), 404, "api-client.unknown");
        assertThat(Http.delete(Api.uri("/api/v1/organizer/clients/" + theirs), "Authorization", "Bearer " + both)
                        .statusCode())
                .as("another organisation's client is not revoked on the organizers' path")
                .isEqualTo(404);

        assertThat(Http.getWithToken(Api.uri("/api/v1/admin/clients/" + theirs), both)
                        .statusCode())
                .as("on the admins' path the admin sees every client")
                .isEqualTo(200);
    }

    @Test
    void revokingAClientStopsItsIssuedTokenAtOnce() {
        Door door = Entry.door("Revoked", 5);
        JsonObject client = registered(door.organizer(), "catalog:read");
        String clientId = client.getString("clientId");
        String token = token(client);
        assertThat(Http.getWithToken(Api.uri("/api/v1/events?size=1"), token).statusCode())
                .isEqualTo(200);

        HttpResponse<String> revoked = Http.delete(
                Api.uri("/api/v1/organizer/clients/" + clientId), "Authorization", "Bearer " + door.organizer());

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        HttpResponse<String> after = Http.getWithToken(Api.uri("/api/v1/events?size=1"), token);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        Api.assertProblem(
                form("grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                        + client.getString("clientSecret")),
                401,
                "api-client.invalid-client");
        JsonObject shown =
                Http.json(Http.getWithToken(Api.uri("/api/v1/organizer/clients/" + clientId), door.organizer()));
        assertThat(shown.getString("status")).isEqualTo("REVOKED");
        assertThat(shown.getString("revokedAt")).isNotBlank();
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'API_CLIENT_REVOKED' and detail like ?",
                        "%" + clientId + "%"))
                .isEqualTo(1);
    }

    @Test
    void aClientBooksForTheCustomerItNamesWhoSeesTheBookingAndTheAuditTrailNamesTheClient() {
        Door door = Entry.door("Resold", 10);
        Door other = Entry.door("Not resold", 10);
        String email = TestData.unique("bought-for") + "@example.org";
        long customer = TestData.account(email, "CUSTOMER");
        String customerToken = Tokens.valid(customer, email, "CUSTOMER");
        JsonObject client = registered(door.organizer(), "bookings:write");
        String clientId = client.getString("clientId");
        String token = token(client);

        HttpResponse<String> held = Http.postJson(
                Api.uri("/api/v1/bookings"),
                Holds.itemsBody(door.event(), 2),
                "Authorization",
                "Bearer " + token,
                "Boxoffice-Customer",
                email,
                "Idempotency-Key",
                Holds.key());

        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        String booking = Http.json(held).getString("id");
        HttpResponse<String> paid = Http.postJson(
                Api.uri("/api/v1/bookings/" + booking + "/payment"),
                Holds.APPROVED,
                "Authorization",
                "Bearer " + token,
                "Boxoffice-Customer",
                String.valueOf(customer));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(Http.json(paid).getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");

        HttpResponse<String> seen = Http.getWithToken(Api.uri("/api/v1/bookings/" + booking), customerToken);
        assertThat(seen.statusCode()).as("the customer's own booking").isEqualTo(200);
        assertThat(Http.json(seen).getJsonArray("tickets")).hasSize(2);
        TestMail.await(email, "Booking " + booking + " confirmed", Duration.ofSeconds(60));
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'API_CLIENT_BOOKING' and subject_id = ?"
                                + " and actor = ? and detail like ?",
                        customer,
                        "API client " + clientId,
                        "%booking " + booking + "%"))
                .isEqualTo(2);

        // another organisation's event, no customer named, or no customer at all: refused
        Api.assertProblem(
                Http.postJson(
                        Api.uri("/api/v1/bookings"),
                        Holds.itemsBody(other.event(), 1),
                        "Authorization",
                        "Bearer " + token,
                        "Boxoffice-Customer",
                        email),
                403,
                "api-client.other-organisation");
        Api.assertProblem(Holds.hold(token, Holds.itemsBody(door.event(), 1)), 422, "api-client.unknown-customer");
        Api.assertProblem(
                Http.postJson(
                        Api.uri("/api/v1/bookings"),
                        Holds.itemsBody(door.event(), 1),
                        "Authorization",
                        "Bearer " + token,
                        "Boxoffice-Customer",
                        TestData.unique("nobody") + "@example.org"),
                422,
                "api-client.unknown-customer");
        // the list of all the customer's bookings is the customer's alone
        assertThat(Http.get(
                                Api.uri("/api/v1/bookings"),
                                "Authorization",
                                "Bearer " + token,
                                "Boxoffice-Customer",
                                email)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aClientPastItsRateLimitGets429WithRetryAfter() {
        Door door = Entry.door("Limited", 5);
        JsonObject client = registered(door.organizer(), 3, "catalog:read");
        String token = token(client);
        awaitFreshWindow(Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertThat(Http.getWithToken(Api.uri("/api/v1/categories"), token).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> limited = Http.getWithToken(Api.uri("/api/v1/categories"), token);

        Api.assertProblem(limited, 429, "rate-limit.client");
        long retryAfter =
                Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
    }

    @Test
    void tooManyTokenRequestsFromOneAddressGet429WithRetryAfter() {
        String address = "198.51.100." + (int) (Math.random() * 250);
        String other = TestData.unique("elsewhere");
        awaitFreshWindow(Duration.ofMinutes(1));

        HttpResponse<String> last = null;
        for (int i = 0; i <= 300; i++) {
            last = Http.postBytes(
                    Api.uri("/api/v1/auth/token"),
                    "application/x-www-form-urlencoded",
                    "grant_type=client_credentials&client_id=bxc_nobody&client_secret=bxs_nothing"
                            .getBytes(StandardCharsets.UTF_8),
                    "X-Forwarded-For",
                    address);
            if (i < 300) {
                assertThat(last.statusCode()).as(last.body()).isEqualTo(401);
            }
        }

        Api.assertProblem(last, 429, "rate-limit.address");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.postBytes(
                                Api.uri("/api/v1/auth/token"),
                                "application/x-www-form-urlencoded",
                                "grant_type=client_credentials&client_id=bxc_nobody&client_secret=x"
                                        .getBytes(StandardCharsets.UTF_8),
                                "X-Forwarded-For",
                                other)
                        .statusCode())
                .as("another address is not concerned")
                .isEqualTo(401);
    }

    // ------------------------------------------------------------------ helpers

    static HttpResponse<String> register(String organizer, String name, String... scopes) {
        return register(organizer, name, null, scopes);
    }

    static HttpResponse<String> register(String organizer, String name, Integer rateLimit, String... scopes) {
        StringBuilder body = new StringBuilder("{\"name\":\"" + name + "\",\"scopes\":[");
        for (int i = 0; i < scopes.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(scopes[i]).append('"');
        }
        body.append(']');
        if (rateLimit != null) {
            body.append(",\"rateLimit\":").append(rateLimit);
        }
        return Api.post("/api/v1/organizer/clients", body.append('}').toString(), organizer);
    }

    /** A new client of the organizer's organisation; the 201 answer. */
    static JsonObject registered(String organizer, String... scopes) {
        return registered(organizer, null, scopes);
    }

    static JsonObject registered(String organizer, Integer rateLimit, String... scopes) {
        HttpResponse<String> created = register(organizer, TestData.unique("client"), rateLimit, scopes);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    /** An access token of the client, by the client credentials grant. */
    static String token(JsonObject client) {
        return token(Platform.uri("/api/v1/auth/token"), client);
    }

    static String token(URI endpoint, JsonObject client) {
        HttpResponse<String> answer = Http.postJson(
                endpoint,
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + client.getString("clientId")
                        + "\",\"client_secret\":\"" + client.getString("clientSecret") + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getString("access_token");
    }

    static HttpResponse<String> form(String body) {
        return Http.postBytes(
                Api.uri("/api/v1/auth/token"),
                "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits, when the current window of this length (aligned on the epoch, as the platform's are)
     * has less than 20 seconds left, for the next one: a test's requests then count in one window.
     */
    static void awaitFreshWindow(Duration window) {
        long length = window.toSeconds();
        long now = Instant.now().getEpochSecond();
        long left = length - Math.floorMod(now, length);
        if (left < 20) {
            try {
                Thread.sleep((left + 1) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
