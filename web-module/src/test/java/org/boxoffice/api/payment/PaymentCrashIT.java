package org.boxoffice.api.payment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Http;
import org.boxoffice.it.Launch;
import org.junit.jupiter.api.Test;

/**
 * The platform killed with {@code kill -9} after the provider charged and before the platform
 * stored the answer: after the restart, the provider's webhook (kept in its outbox across the
 * crash) brings the booking to CONFIRMED, and nothing is charged twice. The platform runs on its
 * embedded defaults (H2, its own data folder), started by its launcher; the test provider's card
 * 4000 0000 0000 0077 is charged at once and answers only after 30 s, which is when the platform
 * is killed.
 */
class PaymentCrashIT {

    private static final Pattern DEMO_PASSWORD = Pattern.compile("demo logins \\(password: (\\S+)\\)");

    private static final String SLOW_CARD = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000 0000 0000 0077\","
            + "\"expiry\":\"12/40\",\"cvc\":\"123\"}}";

    @Test
    void aChargeWhoseAnswerDiedWithThePlatformConfirmsTheBookingAfterTheRestart() throws Exception {
        Map<String, String> environment = embeddedDefaults();
        String booking;
        String customer;
        try (Launch first = Launch.start("crash", environment, true)) {
            Matcher shown = DEMO_PASSWORD.matcher(first.output());
            assertThat(shown.find()).as(first.output()).isTrue();
            customer = Http.json(Http.postJson(
                            first.uri("/api/v1/auth/token"),
                            "{\"email\":\"customer2@demo.boxoffice.org\",\"password\":\"" + shown.group(1) + "\"}"))
                    .getString("access_token");
            booking = hold(first, customer);
            String paying = booking;
            CompletableFuture<HttpResponse<String>> payment = CompletableFuture.supplyAsync(() -> Http.postJson(
                    first.uri("/api/v1/bookings/" + paying + "/payment"),
                    SLOW_CARD,
                    "Authorization",
                    "Bearer " + customer));

            assertThat(await(() -> charges(first, booking).size() == 1, Duration.ofSeconds(20)))
                    .as("the provider charged")
                    .isTrue();
            assertThat(payment).isNotDone();
            first.server().destroyForcibly();
            assertThat(first.awaitExit(Duration.ofSeconds(60)))
                    .as("the launcher ends with its server")
                    .isNotZero();
            assertThat(payment.handle((answer, failure) -> answer == null || answer.statusCode() != 200)
                            .get())
                    .as("the customer never got an answer")
                    .isTrue();
        }

        try (Launch second = Launch.start("crash", environment, false)) {
            assertThat(await(() -> "CONFIRMED".equals(status(second, customer, booking)), Duration.ofSeconds(60)))
                    .as("the webhook confirmed the booking after the restart")
                    .isTrue();
            JsonObject confirmed = Http.json(Http.getWithToken(second.uri("/api/v1/bookings/" + booking), customer));
            assertThat(confirmed.getJsonArray("tickets")).hasSize(1);
            JsonArray charges = charges(second, booking);
            assertThat(charges).as("charged once").hasSize(1);
            assertThat(charges.getJsonObject(0).getString("status")).isEqualTo("succeeded");
            JsonObject history = Http.json(Http.getWithToken(second.uri("/api/v1/payments"), customer));
            assertThat(history.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .filter(paid -> paid.getString("bookingId").equals(booking))
                            .map(paid -> paid.getString("status")))
                    .containsExactly("SUCCEEDED");
        }
    }

    /** One adult place of the demo jazz night, held. */
    private static String hold(Launch launch, String customer) {
        JsonObject jazz = Http.json(Http.get(launch.uri("/api/v1/events?q=jazz")))
                .getJsonArray("items")
                .getJsonObject(0);
        JsonObject event = Http.json(Http.get(launch.uri("/api/v1/events/" + jazz.getString("id"))));
        String adult = event.getJsonArray("ticketTypes").getValuesAs(JsonObject.class).stream()
                .filter(type -> type.getString("name").equals("Adult"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        HttpResponse<String> held = Http.postJson(
                launch.uri("/api/v1/bookings"),
                "{\"eventId\":\"" + jazz.getString("id") + "\",\"items\":[{\"ticketTypeId\":\"" + adult
                        + "\",\"quantity\":1}]}",
                "Authorization",
                "Bearer " + customer,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return Http.json(held).getString("id");
    }

    /** The test provider's charges for the booking (the platform describes each charge by its booking). */
    private static JsonArray charges(Launch launch, String booking) {
        HttpResponse<String> listed = Http.get(launch.uri("/api/test-provider/v1/charges?description="
                + URLEncoder.encode("boxoffice booking " + booking, StandardCharsets.UTF_8)));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return Http.json(listed).getJsonArray("items");
    }

    private static String status(Launch launch, String customer, String booking) {
        HttpResponse<String> read = Http.getWithToken(launch.uri("/api/v1/bookings/" + booking), customer);
        return read.statusCode() == 200 ? Http.json(read).getString("status") : null;
    }

    /** Nothing of the test run's PostgreSQL set-up: the launcher's own defaults only. */
    private static Map<String, String> embeddedDefaults() {
        Map<String, String> environment = new HashMap<>();
        for (String variable : new String[] {
            "BOXOFFICE_DB_URL",
            "BOXOFFICE_DB_USER",
            "BOXOFFICE_DB_PASSWORD",
            "BOXOFFICE_DB_DATASOURCE",
            "BOXOFFICE_DB_SCHEMA",
            "BOXOFFICE_DB_POOL_SIZE",
            "BOXOFFICE_JMS_RAR",
            "BOXOFFICE_DEMO_PASSWORD",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "BOXOFFICE_TICKET_SIGNING_KEY",
            "BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOK_SECRET",
            "BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOKS"
        }) {
            environment.put(variable, null);
        }
        return environment;
    }

    private static boolean await(Supplier<Boolean> condition, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (Boolean.TRUE.equals(condition.get())) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return Boolean.TRUE.equals(condition.get());
    }
}
