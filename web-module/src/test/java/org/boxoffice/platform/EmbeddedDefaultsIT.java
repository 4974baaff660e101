package org.boxoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.boxoffice.it.Demo;
import org.boxoffice.it.Http;
import org.boxoffice.it.ItSettings;
import org.boxoffice.it.Launch;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * The README's run command on its embedded defaults: H2 in the data folder, the embedded broker,
 * demo data and a generated demo password; the data survives a restart; SIGTERM and Ctrl-C (SIGINT)
 * stop it cleanly, however the test run was started.
 * And the launcher's refusals: a failed deployment, bad settings.
 */
class EmbeddedDefaultsIT {

    @Test
    void runsWithDemoDataOnH2AndKeepsItsDataAcrossARestart() throws Exception {
        String password;
        String secondCode;
        String firstPublicKey;
        try (Launch first = Launch.start("embedded", Demo.embeddedDefaults(), true)) {
            password = Demo.password(first);
            assertThat(Files.readString(first.dataDirectory().resolve("secrets/demo-password")))
                    .isEqualTo(password);
            assertThat(first.output()).contains("admin@demo.boxoffice.org", "customer2@demo.boxoffice.org");
            assertThat(first.output()).contains("/secrets/ticket-private.pem (kept for the next start)");

            JsonObject health = Http.json(Http.get(first.uri("/health/ready")));
            assertThat(health.toString()).contains("H2").contains("ActiveMQ Artemis");
            JsonObject events = Http.json(Http.get(first.uri("/api/v1/events")));
            assertThat(events.getInt("total"))
                    .as("the five published demo events")
                    .isEqualTo(5);
            assertThat(events.toString())
                    .contains("Mahler: Symphony No. 5", "Night of Jazz", "ICE 577", "\"origin\":\"Hamburg Hbf\"");
            assertThat(Http.get(first.baseUri()).body()).contains("Night of Jazz");
            // words on H2 as on PostgreSQL: by their beginning, in title or route, every one of them
            assertThat(Http.json(Http.get(first.uri("/api/v1/events?q=m%C3%BCnch+HAMBURG")))
                            .toString())
                    .contains("ICE 577")
                    .doesNotContain("Night of Jazz");
            assertThat(Http.json(Http.get(first.uri("/api/v1/events?q=azz"))).getInt("total"))
                    .isZero();

            // the demo organizer keeps the demo hall and its events
            String organizer = Demo.token(first, "organizer@demo.boxoffice.org", password);
            assertThat(Http.getWithToken(first.uri("/api/v1/organizer/venues"), organizer)
                            .body())
                    .contains("Elbe Concert Hall", "ICE 4 train set");
            assertThat(Http.json(Http.getWithToken(first.uri("/api/v1/organizer/events"), organizer))
                            .getInt("total"))
                    .as("the demo events, the draft included")
                    .isEqualTo(6);

            // a ticket bought on the generated key is let in at the door; the other one waits for the next start
            String customer = Demo.token(first, "customer2@demo.boxoffice.org", password);
            List<String> codes = buyTickets(first, customer, 2);
            assertThat(checkIn(first, organizer, codes.get(0)).statusCode()).isEqualTo(200);
            assertThat(checkIn(first, organizer, codes.get(0)).statusCode()).isEqualTo(409);
            secondCode = codes.get(1);
            firstPublicKey = pemBody(first.dataDirectory().resolve("secrets/ticket-public.pem"));

            // no SMTP server on the defaults: the mail waits in the development mail box, link and all
            String email = "newcomer@example.org";
            assertThat(Http.postJson(
                                    first.uri("/api/v1/accounts"),
                                    "{\"email\":\"" + email
                                            + "\",\"password\":\"a fine long passphrase\",\"acceptTerms\":true}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(awaitMailbox(first, "Confirm your e-mail address"))
                    .contains("To " + email)
                    .containsPattern("<a href=\"http://localhost:\\d+/account/verify.xhtml\\?token=[A-Za-z0-9_-]+\">");

            assertThat(first.stop()).as("a clean stop on SIGTERM").isZero();
            assertThat(first.output()).contains("stopped");
        }
        assertThat(ItSettings.directory().resolve("embedded/db"))
                .as("the H2 files in the data folder")
                .isDirectory();
        // the second start rotates the ticket key: a new key with id 2, the generated one kept for verifying
        Map<String, String> rotated = Demo.embeddedDefaults();
        rotated.put("BOXOFFICE_TICKET_SIGNING_KEY", newTicketKey());
        rotated.put("BOXOFFICE_TICKET_KEY_ID", "2");
        rotated.put("BOXOFFICE_TICKET_PREVIOUS_KEYS", "1:" + firstPublicKey);
        try (Launch second = Launch.start("embedded", rotated, false)) {
            assertThat(second.output()).contains("demo logins (password: " + password + ")");
            assertThat(Http.json(Http.get(second.uri("/api/v1/events"))).getInt("total"))
                    .as("the same data, not loaded a second time")
                    .isEqualTo(5);

            String organizer = Demo.token(second, "organizer@demo.boxoffice.org", password);
            HttpResponse<String> old = checkIn(second, organizer, secondCode);
            assertThat(old.statusCode())
                    .as("a code of the previous key, after the rotation: " + old.body())
                    .isEqualTo(200);
            String customer = Demo.token(second, "customer2@demo.boxoffice.org", password);
            String fresh = buyTickets(second, customer, 1).get(0);
            assertThat(keyIdOf(fresh)).as("the key that signed a new code").isEqualTo(2);
            assertThat(keyIdOf(secondCode))
                    .as("the key that signed the first start's code")
                    .isEqualTo(1);
            assertThat(checkIn(second, organizer, fresh).statusCode()).isEqualTo(200);

            assertThat(second.interrupt()).as("a clean stop on Ctrl-C").isZero();
            assertThat(second.output()).contains("stopped");
        }
    }

    /** Buys {@code places} adult tickets of the demo's Night of Jazz with the test provider's card; their codes. */
    private static List<String> buyTickets(Launch launch, String customer, int places) {
        String booking = Demo.holdJazz(launch, customer, places);
        HttpResponse<String> paid = Http.postJson(
                launch.uri("/api/v1/bookings/" + booking + "/payment"),
                "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\",\"expiry\":\"12/40\","
                        + "\"cvc\":\"123\"}}",
                "Authorization",
                "Bearer " + customer);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        return Http.json(paid).getJsonObject("booking").getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(ticket -> ticket.getString("code"))
                .toList();
    }

    private static HttpResponse<String> checkIn(Launch launch, String organizer, String code) {
        return Http.postJson(
                launch.uri("/api/v1/checkins"),
                "{\"code\":\"" + code + "\",\"gate\":\"Main\"}",
                "Authorization",
                "Bearer " + organizer);
    }

    /** The second byte of a code (its first four characters are 20 bits): the id of the key that signed it. */
    private static int keyIdOf(String code) {
        String crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            bits = bits << 5 | crockford.indexOf(code.charAt(i));
        }
        return (bits >> 4) & 0xFF;
    }

    private static String pemBody(java.nio.file.Path pem) throws java.io.IOException {
        return Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** A fresh Ed25519 key, PKCS#8 in base64, as the launcher takes it. */
    private static String newTicketKey() throws java.security.GeneralSecurityException {
        return Base64.getEncoder()
                .encodeToString(KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPrivate()
                        .getEncoded());
    }

    private static String awaitMailbox(Launch launch, String subject) throws InterruptedException {
        String page = "";
        for (int attempt = 0; attempt < 100 && !page.contains(subject); attempt++) {
            Thread.sleep(200);
            page = Http.get(launch.uri("/dev/mailbox.xhtml")).body();
        }
        return page;
    }

    @Test
    void demoDataNeverReachesAProductionDatabase() {
        // the shared platform runs on PostgreSQL and was given a demo password all the same
        Platform.baseUri();

        assertThat(TestData.count("select count(*) from account where email like '%@demo.boxoffice.org'"))
                .isZero();
    }

    @Test
    void aFailedDeploymentEndsTheLauncherWithTheReason() {
        Map<String, String> unreachable = new HashMap<>();
        unreachable.put("BOXOFFICE_DB_URL", "jdbc:postgresql://localhost:9/nowhere");
        unreachable.put("BOXOFFICE_DB_USER", "nobody");
        unreachable.put("BOXOFFICE_DB_PASSWORD", "nothing");
        unreachable.put("BOXOFFICE_DB_DATASOURCE", null);
        unreachable.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED", "true");

        try (Launch broken = Launch.begin("broken", unreachable, true)) {
            assertThat(broken.awaitExit(Duration.ofMinutes(4))).isNotZero();
            assertThat(broken.output()).contains("the deployment failed").contains("localhost:9 refused");
        }
    }

    @Test
    void aTicketKeyThatCannotBeReadFailsTheStartNotTheFirstConfirmation() {
        Map<String, String> environment = Demo.embeddedDefaults();
        environment.put("BOXOFFICE_TICKET_SIGNING_KEY", "not-an-ed25519-key");
        try (Launch broken = Launch.begin("bad-ticket-key", environment, true)) {
            assertThat(broken.awaitExit(Duration.ofMinutes(4))).isNotZero();
            assertThat(broken.output()).contains("the deployment failed");
            assertThat(broken.dataDirectory().resolve("logs/server.log"))
                    .content()
                    .contains("boxoffice.ticket.signing-key");
        }
    }

    /**
     * Started with SIGINT ignored, as a script's background command is, the launcher cannot trap
     * Ctrl-C (POSIX) and says so, naming SIGTERM; started as a terminal starts it, it says nothing.
     */
    @Test
    void saysSoWhenCtrlCCannotStopIt() throws Exception {
        ProcessBuilder ignoring = new ProcessBuilder(
                        "env",
                        "--ignore-signal=INT",
                        "bash",
                        ItSettings.launcher().toString())
                .redirectErrorStream(true);
        ignoring.environment().put("BOXOFFICE_SKIP_BUILD", "true");
        ignoring.environment().put("BOXOFFICE_RUNTIME", ItSettings.runtime().toString());
        ignoring.environment().put("BOXOFFICE_HTTP_PORT", "eighty");
        Process launcher = ignoring.start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output)
                .contains("Ctrl-C does not stop this launcher", "stop it with SIGTERM: kill " + launcher.pid());

        Map<String, String> badPort = new HashMap<>(Demo.embeddedDefaults());
        badPort.put("BOXOFFICE_HTTP_PORT", "eighty");
        try (Launch launch = Launch.begin("default-sigint", badPort, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output()).doesNotContain("Ctrl-C does not stop");
        }
    }

    @Test
    void badSettingsAreRefusedBeforeAnythingStarts() {
        Map<String, String> badPort = new HashMap<>(Demo.embeddedDefaults());
        badPort.put("BOXOFFICE_HTTP_PORT", "eighty");
        try (Launch launch = Launch.begin("bad-port", badPort, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output()).contains("BOXOFFICE_HTTP_PORT must be a port number, not 'eighty'");
        }

        Map<String, String> noUser = new HashMap<>(Demo.embeddedDefaults());
        noUser.put("BOXOFFICE_DB_URL", "jdbc:postgresql://db.example.org/boxoffice");
        try (Launch launch = Launch.begin("no-user", noUser, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output()).contains("BOXOFFICE_DB_USER must be set");
        }

        Map<String, String> stripeWithoutKeys = new HashMap<>(Demo.embeddedDefaults());
        stripeWithoutKeys.put("BOXOFFICE_PAYMENT_PROVIDER", "stripe");
        stripeWithoutKeys.put("BOXOFFICE_PAYMENT_STRIPE_SECRET_KEY", "sk_test_notToBeShown");
        stripeWithoutKeys.put("BOXOFFICE_PAYMENT_STRIPE_PUBLISHABLE_KEY", null);
        stripeWithoutKeys.put("BOXOFFICE_PAYMENT_STRIPE_WEBHOOK_SECRET", "whsec_notToBeShown");
        try (Launch launch = Launch.begin("stripe-without-keys", stripeWithoutKeys, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output())
                    .contains("BOXOFFICE_PAYMENT_STRIPE_PUBLISHABLE_KEY must be set")
                    .doesNotContain("notToBeShown");
        }

        Map<String, String> unknownProvider = new HashMap<>(Demo.embeddedDefaults());
        unknownProvider.put("BOXOFFICE_PAYMENT_PROVIDER", "paypal");
        try (Launch launch = Launch.begin("unknown-provider", unknownProvider, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output()).contains("BOXOFFICE_PAYMENT_PROVIDER must be test or stripe, not 'paypal'");
        }
    }

    /**
     * The test payment provider approves test cards and takes no money: with a production database
     * the launcher refuses it, the default provider, unless it is switched on on purpose (staging).
     * The shared platform runs on PostgreSQL with it switched on.
     */
    @Test
    void theTestPaymentProviderIsRefusedOnAProductionDatabaseUnlessSwitchedOn() {
        Map<String, String> production = new HashMap<>();
        production.put("BOXOFFICE_DB_URL", "jdbc:postgresql://db.example.org/boxoffice");
        production.put("BOXOFFICE_DB_USER", "boxoffice");
        production.put("BOXOFFICE_DB_PASSWORD", "secret");
        production.put("BOXOFFICE_PAYMENT_PROVIDER", null);
        production.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED", null);
        try (Launch launch = Launch.begin("test-provider-refused", production, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output())
                    .contains("BOXOFFICE_PAYMENT_PROVIDER is 'test' (the default)")
                    .contains("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED=true")
                    .doesNotContain("starting Payara Micro");
        }

        production.put("BOXOFFICE_PAYMENT_PROVIDER", "test");
        production.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED", "false");
        try (Launch launch = Launch.begin("test-provider-off", production, true)) {
            assertThat(launch.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launch.output()).contains("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED=true");
        }
    }
}
