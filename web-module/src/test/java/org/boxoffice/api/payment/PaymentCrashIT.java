package org.boxoffice.api.payment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.boxoffice.it.Demo;
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

    private static final String SLOW_CARD = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000 0000 0000 0077\","
            + "\"expiry\":\"12/40\",\"cvc\":\"123\"}}";

    @Test
    void aChargeWhoseAnswerDiedWithThePlatformConfirmsTheBookingAfterTheRestart() throws Exception {
        Map<String, String> environment = Demo.embeddedDefaults();
        String booking;
        String customer;
        try (Launch first = Launch.start("crash", environment, true)) {
            customer = Demo.token(first, "customer2@demo.boxoffice.org", Demo.password(first));
            booking = Demo.holdJazz(first, customer, 1);
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
