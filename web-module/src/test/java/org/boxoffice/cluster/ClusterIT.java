package org.boxoffice.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.boxoffice.api.webhook.Receiver;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Cluster;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Several instances, as {@code config/bin/boxoffice-cluster} runs them: PostgreSQL, an Artemis
 * broker, two Payara Micro instances in one data grid and nginx in front. One run shows that
 *
 * <ul>
 *   <li>an API client's rate limit is one count on both instances, and revoking the client on one
 *       instance stops its token on the other at once;
 *   <li>a page session lives in the data grid: signed in through nginx, the browser is still signed
 *       in on its next page after the instance that served it was killed;
 *   <li>the nightly sales reports, whose timer fires on both instances, run once;
 *   <li>buyers spread over both instances book one event at the same time and nothing is oversold;
 *       one instance killed with SIGKILL during the load, the other carries on, nginx sends the
 *       next requests there, and no confirmed booking is lost;
 *   <li>every confirmed booking's confirmation mail is delivered once, those the killed instance
 *       had in flight included;
 *   <li>every confirmed booking reaches an organizer's webhook subscription (a receiver in this
 *       JVM) under one delivery id, signed with the subscription's secret, those the killed
 *       instance had in flight included.
 * </ul>
 */
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());

    private static final String PASSWORD = "cluster-check-password-1";

    /** Places of the event, and buyers who want two each: more than there are. */
    private static final int CAPACITY = 60;

    private static final int BUYERS = 48;

    private static final int PER_BUYER = 2;

    /** The instance is killed once this many bookings are confirmed. */
    private static final int KILL_AFTER_CONFIRMED = 10;

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static Cluster cluster;

    /** When both instances' nightly sales report timers fire: a minute that comes while this test runs. */
    private static ZonedDateTime nightly;

    @BeforeAll
    static void start() {
        // the first whole minute at least 135 s away: the cluster starts in 70 to 90 s here, and what
        // the test prepares (the rate limits, the browser, the load's data) is done while it waits
        nightly = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(135 + 59).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> settings = new HashMap<>();
        settings.put("BOXOFFICE_MAIL_HOST", "127.0.0.1");
        settings.put("BOXOFFICE_MAIL_PORT", String.valueOf(TestMail.port()));
        settings.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Tokens.publicKeyFile().toUri().toString());
        settings.put(
                "BOXOFFICE_JWT_SIGNING_KEY_LOCATION", Tokens.privateKeyFile().toString());
        // the test provider confirms a payment whose answer the killed instance never gave by its webhook
        settings.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOKS", "true");
        settings.put("BOXOFFICE_REPORTS_ZONE", "UTC");
        settings.put("BOXOFFICE_REPORTS_HOUR", String.valueOf(nightly.getHour()));
        settings.put("BOXOFFICE_REPORTS_MINUTE", String.valueOf(nightly.getMinute()));
        // outgoing webhooks: due ones looked for every second, a failed attempt retried after 2 s,
        // and short timeouts, which make an attempt's lease (connect + read timeout + 30 s) 35 s:
        // a delivery the killed instance had begun is handed over again within the test
        settings.put("BOXOFFICE_WEBHOOKS_POLL_SECONDS", "1");
        settings.put("BOXOFFICE_WEBHOOKS_RETRY_DELAYS", "PT2S,PT2S,PT2S");
        settings.put("BOXOFFICE_WEBHOOKS_CONNECT_TIMEOUT_MS", "2000");
        settings.put("BOXOFFICE_WEBHOOKS_READ_TIMEOUT_MS", "3000");
        Instant begun = Instant.now();
        cluster = Cluster.start("cluster", settings);
        LOG.info(() -> "the cluster started in "
                + Duration.between(begun, Instant.now()).toSeconds() + " s");
        TestData.writeTo(cluster.database());
    }

    @AfterAll
    static void stop() {
        TestData.writeTo(null);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void twoInstancesBehindNginxShareSessionsRunTheNightOnceAndLoseNothingWhenOneIsKilled() throws Exception {
        assertThat(Instant.now())
                .as("the cluster must be up before its nightly timers fire (it took too long to start)")
                .isBefore(nightly.toInstant().minusSeconds(10));
        long organisation = TestData.organisation(TestData.unique("Cluster organiser"));
        // the webhook receiver runs in this JVM on 127.0.0.1: allowed by the admin setting (read
        // by each instance within its settings cache's seconds, long before the subscription)
        String adminEmail = TestData.unique("cluster-admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(adminEmail, "ADMIN"), adminEmail, "ADMIN");
        HttpResponse<String> allowed = send(
                put("/api/v1/admin/settings/boxoffice.webhooks.allow-private-addresses", "{\"value\":\"true\"}", admin)
                        .build());
        assertThat(allowed).isNotNull();
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);

        // 1. an API client's requests count against one limit on both instances; its revocation holds on both
        checkRateLimitAndRevocationAcrossInstances(Api.organizer(organisation));

        // 2. a browser signs in through nginx, which pins it to one instance (its route cookie)
        String email = TestData.unique("cluster-browser") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        WebDriver browser = Browser.open();
        try (Receiver receiver = new Receiver()) {
            Browser.signIn(browser, cluster.baseUri(), email, PASSWORD, "/my/bookings.xhtml");
            Browser.await(browser, 30).until(driver -> driver.getCurrentUrl().contains("/my/bookings.xhtml"));
            Browser.waitFor(browser, By.cssSelector("[id$='signOut']"));
            Cookie route = browser.manage().getCookieNamed("BOXOFFICE_ROUTE");
            assertThat(route).as("nginx's route cookie").isNotNull();
            String victim = route.getValue();
            assertThat(victim).isIn(Cluster.INSTANCES);
            String survivor = Cluster.INSTANCES.stream()
                    .filter(name -> !name.equals(victim))
                    .findFirst()
                    .orElseThrow();

            // 3. an organizer of the organisation subscribes to its confirmed bookings; the event and
            // its buyers are made ready while the night comes
            String secret = subscribe(Api.organizer(organisation), receiver.url());
            Buyers buyers = buyers(organisation);

            // 4. the nightly timers fire on both instances; one of them claims the night
            awaitNightly(organisation);

            // 5. buyers on both instances, and the browser's instance killed in the middle
            Load load = buyAll(victim, buyers);

            // 6. the browser's next page, served by the other instance, is still signed in
            browser.get(cluster.uri("/my/profile.xhtml").toString());
            Browser.waitFor(browser, By.cssSelector("[id$='signOut']"));
            assertThat(browser.getCurrentUrl())
                    .as("still signed in after " + victim + " was killed: no way back to the sign-in page")
                    .contains("/my/profile.xhtml")
                    .doesNotContain("sign-in");
            assertThat(browser.findElements(By.id("signIn:email"))).isEmpty();
            assertThat(cluster.serverLog(survivor))
                    .as("the survivor served the pages")
                    .isNotEmpty();

            // 7. what the database holds, the mails and the webhooks
            checkNothingOversoldNorLost(load);
            checkEachConfirmationMailedOnce(load.event());
            checkEachConfirmationDeliveredOnce(load.event(), receiver, secret);
        } finally {
            browser.quit();
        }
    }

    /** Both instances' nightly timers fired at their minute; the night was claimed, and its reports opened, once. */
    private void awaitNightly(long organisation) throws Exception {
        Instant deadline = nightly.toInstant().plusSeconds(90);
        LocalDate yesterday = nightly.toLocalDate().minusDays(1);
        while (Instant.now().isBefore(deadline)
                && !(fired("app1")
                        && fired("app2")
                        && count(
                                        "select count(*) from sales_report where organisation_id = ?"
                                                + " and started_by is null",
                                        organisation)
                                > 0)) {
            Thread.sleep(1000);
        }
        assertThat(fired("app1")).as("app1's nightly timer fired").isTrue();
        assertThat(fired("app2")).as("app2's nightly timer fired").isTrue();
        assertThat(count("select count(*) from job_lock where name = 'sales-report' and claimed_day = ?", yesterday))
                .as("the night is claimed")
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from sales_report where organisation_id = ? and started_by is null",
                        organisation))
                .as("the organisation's nightly report, opened once although both instances' timers fired")
                .isEqualTo(1);
    }

    /**
     * An API client allowed 4 requests a minute makes two on each instance, past nginx: its fifth,
     * on either, is refused with 429, as the count is the database's. Revoked through one instance,
     * its token is refused by the other at once.
     */
    private void checkRateLimitAndRevocationAcrossInstances(String organizer) throws Exception {
        String body = Json.createObjectBuilder()
                .add("name", TestData.unique("cluster client"))
                .add("scopes", Json.createArrayBuilder().add("catalog:read"))
                .add("rateLimit", 4)
                .build()
                .toString();
        HttpResponse<String> registered =
                send(post("/api/v1/organizer/clients", body, organizer).build());
        assertThat(registered).isNotNull();
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonObject client = Http.json(registered);
        HttpResponse<String> granted = Http.postJson(
                cluster.instanceUri("app1", "/api/v1/auth/token"),
                Json.createObjectBuilder()
                        .add("grant_type", "client_credentials")
                        .add("client_id", client.getString("clientId"))
                        .add("client_secret", client.getString("clientSecret"))
                        .build()
                        .toString());
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        String token = Http.json(granted).getString("access_token");
        // the limit's windows are whole minutes on the clock: all six requests in one of them
        long left = 60 - Math.floorMod(Instant.now().getEpochSecond(), 60);
        if (left < 20) {
            Thread.sleep((left + 1) * 1000);
        }
        for (int i = 1; i <= 2; i++) {
            for (String instance : Cluster.INSTANCES) {
                assertThat(Http.getWithToken(cluster.instanceUri(instance, "/api/v1/categories"), token)
                                .statusCode())
                        .as("request %d on %s", i, instance)
                        .isEqualTo(200);
            }
        }
        HttpResponse<String> fifthOnApp2 = Http.getWithToken(cluster.instanceUri("app2", "/api/v1/categories"), token);
        Api.assertProblem(fifthOnApp2, 429, "rate-limit.client");
        assertThat(fifthOnApp2.headers().firstValue("Retry-After")).isPresent();
        Api.assertProblem(
                Http.getWithToken(cluster.instanceUri("app1", "/api/v1/categories"), token), 429, "rate-limit.client");

        HttpResponse<String> revoked = Http.delete(
                cluster.instanceUri("app1", "/api/v1/organizer/clients/" + client.getString("clientId")),
                "Authorization",
                "Bearer " + organizer);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        assertThat(Http.getWithToken(cluster.instanceUri("app2", "/api/v1/categories"), token)
                        .statusCode())
                .as("the revoked client's token on the other instance")
                .isEqualTo(401);
    }

    private static boolean fired(String instance) {
        return cluster.serverLog(instance).contains("nightly sales reports started");
    }

    /** What the buyers saw. */
    record Load(GaEvent event, Set<Long> confirmed, Set<Long> confirmedAfterKill, int soldOut, int failed) {}

    /** The event of the load, and its buyers' tokens. */
    record Buyers(GaEvent event, List<String> tokens) {}

    private static Buyers buyers(long organisation) {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Cluster night"),
                "Hamburg",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.MINUTES),
                "25.00",
                CAPACITY);
        TestData.organiseEvent(event.eventId(), organisation);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            String email = TestData.unique("cluster-buyer") + "@example.org";
            tokens.add(Tokens.valid(TestData.account(email, "CUSTOMER"), email, "CUSTOMER"));
        }
        return new Buyers(event, tokens);
    }

    private Load buyAll(String victim, Buyers buyers) throws Exception {
        GaEvent event = buyers.event();
        List<String> tokens = buyers.tokens();
        Set<Long> confirmed = ConcurrentHashMap.newKeySet();
        Set<Long> afterKill = ConcurrentHashMap.newKeySet();
        AtomicInteger soldOut = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Instant> killedAt = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        ExecutorService killer = Executors.newSingleThreadExecutor();
        try {
            Future<?> kill = killer.submit(() -> {
                while (confirmed.size() < KILL_AFTER_CONFIRMED) {
                    Thread.sleep(20);
                }
                cluster.kill(victim);
                killedAt.set(Instant.now());
                LOG.info(() -> victim + " killed after " + confirmed.size() + " confirmed bookings");
                return null;
            });
            List<Future<?>> all = new ArrayList<>();
            for (String token : tokens) {
                all.add(threads.submit(() -> {
                    Outcome outcome = buy(token, event);
                    switch (outcome.kind()) {
                        case CONFIRMED -> {
                            confirmed.add(outcome.booking());
                            if (killedAt.get() != null) {
                                afterKill.add(outcome.booking());
                            }
                        }
                        case SOLD_OUT -> soldOut.incrementAndGet();
                        case FAILED -> failed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> buyer : all) {
                buyer.get(3, TimeUnit.MINUTES);
            }
            kill.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
            killer.shutdownNow();
        }
        assertThat(killedAt.get()).as("an instance was killed during the load").isNotNull();
        // nginx sends the next requests to the instance left: none of them fails
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> events = Http.get(cluster.uri("/api/v1/events"));
            assertThat(events.statusCode())
                    .as("request " + i + " after the kill")
                    .isEqualTo(200);
        }
        Load load = new Load(event, confirmed, afterKill, soldOut.get(), failed.get());
        LOG.info(() -> "bookings confirmed: " + confirmed.size() + " (after the kill: " + afterKill.size()
                + "), sold out: " + soldOut.get() + ", failed: " + failed.get());
        assertThat(afterKill)
                .as("bookings confirmed by the instance left after the kill")
                .isNotEmpty();
        assertThat(soldOut.get())
                .as("buyers who found the event sold out (demand exceeds it)")
                .isPositive();
        return load;
    }

    enum Kind {
        CONFIRMED,
        SOLD_OUT,
        FAILED
    }

    record Outcome(Kind kind, Long booking) {}

    /**
     * One buyer: holds two places and pays. A request the killed instance took and never answered
     * (nginx's 502, or a dropped connection) is sent again with the same idempotency key; a payment
     * whose answer was lost is followed by reading the booking, which the payment provider's webhook
     * may confirm a little later.
     */
    private Outcome buy(String token, GaEvent event) throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> held = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            held = send(post("/api/v1/bookings", Holds.itemsBody(event, PER_BUYER), token)
                    .header("Idempotency-Key", key)
                    .build());
            if (held != null && held.statusCode() == 409 && problemCode(held).equals("inventory.busy")) {
                // others hold the inventory row at this moment: a new attempt, as the buyer would click again
                key = UUID.randomUUID().toString();
            } else if (held != null && held.statusCode() < 500) {
                break;
            }
            // else: lost with the killed instance (nginx's 502, a dropped connection): the same key again
            Thread.sleep(300);
        }
        if (held == null || held.statusCode() >= 500) {
            return new Outcome(Kind.FAILED, null);
        }
        if (held.statusCode() == 409 && problemCode(held).equals("inventory.sold-out")) {
            return new Outcome(Kind.SOLD_OUT, null);
        }
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        long booking = Long.parseLong(Http.json(held).getString("id"));
        HttpResponse<String> paid = send(post("/api/v1/bookings/" + booking + "/payment", Holds.APPROVED, token)
                .build());
        if (paid != null && paid.statusCode() == 200) {
            JsonObject answer = Http.json(paid).getJsonObject("booking");
            assertThat(answer.getString("status")).isEqualTo("CONFIRMED");
            return new Outcome(Kind.CONFIRMED, booking);
        }
        // the answer was lost with the instance: the booking tells how it ended. The provider's
        // webhook confirms a payment the dead instance made; one that never reached the provider
        // leaves the booking held, and the buyer pays again, once.
        Instant deadline = Instant.now().plusSeconds(45);
        Instant payAgainAt = Instant.now().plusSeconds(5);
        boolean paidAgain = false;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> read = send(HttpRequest.newBuilder(cluster.uri("/api/v1/bookings/" + booking))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());
            if (read != null && read.statusCode() == 200) {
                String status = Http.json(read).getString("status");
                if ("CONFIRMED".equals(status)) {
                    return new Outcome(Kind.CONFIRMED, booking);
                }
                if (!"HELD".equals(status)) {
                    return new Outcome(Kind.FAILED, booking);
                }
                if (!paidAgain && Instant.now().isAfter(payAgainAt)) {
                    paidAgain = true;
                    HttpResponse<String> again =
                            send(post("/api/v1/bookings/" + booking + "/payment", Holds.APPROVED, token)
                                    .build());
                    if (again != null && again.statusCode() == 200) {
                        return new Outcome(Kind.CONFIRMED, booking);
                    }
                }
            }
            Thread.sleep(1000);
        }
        return new Outcome(Kind.FAILED, booking);
    }

    private static HttpRequest.Builder put(String path, String json, String token) {
        return HttpRequest.newBuilder(cluster.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Subscribes {@code url} to booking.confirmed, through nginx; the secret shown once. */
    private static String subscribe(String organizer, String url) throws Exception {
        String body = Json.createObjectBuilder()
                .add("url", url)
                .add("events", Json.createArrayBuilder().add("booking.confirmed"))
                .build()
                .toString();
        HttpResponse<String> created =
                send(post("/api/v1/webhooks", body, organizer).build());
        assertThat(created).isNotNull();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = Http.json(created).getString("secret");
        assertThat(secret).startsWith("whsec_");
        return secret;
    }

    private static String problemCode(HttpResponse<String> problem) {
        try {
            return Http.json(problem).getString("code", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static HttpRequest.Builder post(String path, String json, String token) {
        return HttpRequest.newBuilder(cluster.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** The answer, or null when the connection broke (the instance died under the request). */
    private static HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    private void checkNothingOversoldNorLost(Load load) throws SQLException {
        long event = load.event().eventId();
        long validTickets = count(
                "select count(*) from ticket t join booking b on b.id = t.booking_id"
                        + " where b.event_id = ? and b.status = 'CONFIRMED' and t.status = 'VALID'",
                event);
        long taken =
                count("select taken from allotment where id = ?", load.event().allotmentId());
        long heldOrConfirmed =
                count("select count(*) from booking where event_id = ? and status in ('HELD', 'CONFIRMED')", event);
        assertThat(validTickets).as("tickets issued").isLessThanOrEqualTo(CAPACITY);
        assertThat(taken).as("places taken").isLessThanOrEqualTo(CAPACITY);
        assertThat(taken)
                .as("places taken are those of the held and confirmed bookings")
                .isEqualTo(heldOrConfirmed * PER_BUYER);
        List<Long> confirmedInDatabase =
                ids("select id from booking where event_id = ? and status = 'CONFIRMED'", event);
        assertThat(confirmedInDatabase)
                .as("every booking a buyer saw confirmed is confirmed in the database")
                .containsAll(load.confirmed());
        assertThat(validTickets).isEqualTo(confirmedInDatabase.size() * (long) PER_BUYER);
    }

    /** Each confirmed booking's mail reached its customer, once (one Message-ID; see Mailer). */
    private void checkEachConfirmationMailedOnce(GaEvent event) throws Exception {
        Map<Long, String> customers = new LinkedHashMap<>();
        try (Connection c = cluster.database().getConnection();
                PreparedStatement query = c.prepareStatement("select b.id, a.email from booking b"
                        + " join account a on a.id = b.account_id where b.event_id = ? and b.status = 'CONFIRMED'")) {
            query.setLong(1, event.eventId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    customers.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        assertThat(customers).isNotEmpty();
        String subject = "confirmed: " + event.title();
        Instant deadline = Instant.now().plusSeconds(120);
        Map<Long, List<String>> mailed = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            mailed.clear();
            customers.forEach((booking, email) -> mailed.put(booking, TestMail.messageIdsOf(email, subject)));
            if (mailed.values().stream().noneMatch(List::isEmpty)) {
                break;
            }
            Thread.sleep(1000);
        }
        mailed.forEach((booking, ids) -> {
            assertThat(ids).as("the confirmation mail of booking " + booking).isNotEmpty();
            assertThat(Set.copyOf(ids))
                    .as("booking " + booking + "'s confirmation, once: one Message-ID")
                    .hasSize(1);
        });
        long twice = mailed.values().stream().filter(ids -> ids.size() > 1).count();
        LOG.info(() -> customers.size() + " confirmation mails; sent twice (same Message-ID), by an instance"
                + " killed between the mail server's answer and its commit: " + twice);
        assertThat(twice)
                .as("mails sent twice: at most those the killed instance had in flight")
                .isLessThanOrEqualTo(4);
    }

    /**
     * Each booking confirmed in the database reached the receiver under one delivery id. An
     * instance killed after the receiver got a request but before it recorded the answer leaves
     * the delivery PENDING; once its lease is over the survivor sends it again, with the same id
     * (the receiver is told by {@code Boxoffice-Webhook-Id} that it has it already). So requests
     * are grouped by the payload's booking id, and per booking the distinct delivery ids counted:
     * exactly one; repeated requests of that one id are allowed and counted.
     */
    private void checkEachConfirmationDeliveredOnce(GaEvent event, Receiver receiver, String secret) throws Exception {
        Set<String> confirmed = new TreeSet<>();
        for (long id : ids("select id from booking where event_id = ? and status = 'CONFIRMED'", event.eventId())) {
            confirmed.add(String.valueOf(id));
        }
        assertThat(confirmed).isNotEmpty();
        Instant begun = Instant.now();
        // a delivery the killed instance had begun is handed over once its attempt's lease (35 s
        // here) is over; one whose queue message was lost with it, once its hand-over lease (2 min
        // from the booking) is
        Instant deadline = begun.plusSeconds(150);
        Map<String, Set<String>> deliveryIds = new TreeMap<>();
        List<Receiver.Received> received = List.of();
        while (true) {
            received = receiver.received();
            deliveryIds.clear();
            for (Receiver.Received request : received) {
                JsonObject payload = Http.json(request.body());
                deliveryIds
                        .computeIfAbsent(
                                payload.getJsonObject("data").getString("bookingId"), booking -> new TreeSet<>())
                        .add(request.header("Boxoffice-Webhook-Id"));
            }
            if (deliveryIds.keySet().containsAll(confirmed) || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(500);
        }
        // the last ones may still be on their way to being recorded DELIVERED: a moment for a
        // second delivery id, were there one, to show
        Thread.sleep(3000);
        received = receiver.received();
        deliveryIds.clear();
        for (Receiver.Received request : received) {
            JsonObject payload = Http.json(request.body());
            assertThat(payload.getString("type")).isEqualTo("booking.confirmed");
            assertThat(request.header("Boxoffice-Webhook-Id"))
                    .as("the delivery id header is the payload's id")
                    .isEqualTo(payload.getString("id"));
            assertThat(Receiver.verifies(request.header("Boxoffice-Webhook-Signature"), request.body(), secret))
                    .as("signed with the secret shown at subscription: " + request.header("Boxoffice-Webhook-Id"))
                    .isTrue();
            deliveryIds
                    .computeIfAbsent(payload.getJsonObject("data").getString("bookingId"), booking -> new TreeSet<>())
                    .add(request.header("Boxoffice-Webhook-Id"));
        }
        long took = Duration.between(begun, Instant.now()).toSeconds();
        int requests = received.size();
        LOG.info(() -> confirmed.size() + " confirmed bookings, " + requests + " webhook requests for "
                + deliveryIds.size() + " bookings (waited " + took + " s); requests that repeated a delivery"
                + " id (an instance killed before it recorded the receiver's answer): "
                + (requests - deliveryIds.values().stream().mapToInt(Set::size).sum()));
        assertThat(deliveryIds.keySet())
                .as("the bookings the receiver was told about are those confirmed in the database")
                .isEqualTo(confirmed);
        deliveryIds.forEach((booking, ids) -> assertThat(ids)
                .as("booking " + booking + "'s confirmation webhook, once: one delivery id")
                .hasSize(1));
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = cluster.database().getConnection();
                PreparedStatement query = prepare(c, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<Long> ids(String sql, Object... parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = cluster.database().getConnection();
                PreparedStatement query = prepare(c, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
