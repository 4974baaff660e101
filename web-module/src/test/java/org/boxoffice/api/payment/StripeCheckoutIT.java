package org.boxoffice.api.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Demo;
import org.boxoffice.it.Http;
import org.boxoffice.it.Launch;
import org.boxoffice.payment.control.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Paying with Stripe end to end: a platform whose provider is {@code stripe}, started once for all
 * these tests by its launcher (embedded defaults, demo data), talks over real HTTP to a stand-in for
 * Stripe's API (WireMock, answering with the JSON of Stripe's API reference, in
 * src/test/resources/stripe), which also serves a stand-in for Stripe.js to the browser
 * ({@code BOXOFFICE_PAYMENT_STRIPE_JS_URL}). Shown: a payment left to the browser gets the
 * PaymentIntent's client secret and confirms the booking once Stripe says it succeeded, asked over
 * the API or by the booking page the browser returns to; a decline leaves the booking payable; a
 * signed {@code payment_intent.succeeded} webhook confirms a booking whose browser never returned;
 * and each PaymentIntent is created with our reference as its idempotency key and the chosen method
 * only.
 */
class StripeCheckoutIT {

    private static final String SECRET_KEY = "sk_test_boxoffice";
    private static final String PUBLISHABLE_KEY = "pk_test_boxoffice";
    private static final String WEBHOOK_SECRET = "whsec_test_boxoffice";

    /** What the fixtures call their PaymentIntents: each test's stubs name one of its own instead. */
    private static final String CREATED = "pi_3MtweELkdIwHu7ix0Dt0gF2H";

    private static final String SUCCEEDED = "pi_3MtwBwLkdIwHu7ix28a3tqPa";
    private static final String DECLINED = "pi_3MtxD4LkdIwHu7ix0aF7yZk1";

    private static final String BROWSER_CONFIRMS = "{\"method\":\"CARD\",\"confirm\":\"browser\"}";

    private static WireMockServer stripe;
    private static Launch platform;
    private static String password;

    @BeforeAll
    static void start() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
        stripe.stubFor(get(urlEqualTo("/v3/"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/javascript; charset=utf-8")
                        .withBody(resource("stripe-js-stand-in.js"))));
        Map<String, String> environment = Demo.embeddedDefaults();
        environment.put("BOXOFFICE_PAYMENT_PROVIDER", "stripe");
        environment.put("BOXOFFICE_PAYMENT_STRIPE_SECRET_KEY", SECRET_KEY);
        environment.put("BOXOFFICE_PAYMENT_STRIPE_PUBLISHABLE_KEY", PUBLISHABLE_KEY);
        environment.put("BOXOFFICE_PAYMENT_STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
        environment.put("BOXOFFICE_PAYMENT_STRIPE_API_BASE", stripe.baseUrl());
        environment.put("BOXOFFICE_PAYMENT_STRIPE_JS_URL", stripe.baseUrl() + "/v3/");
        platform = Launch.start("stripe-checkout", environment, true);
        password = Demo.password(platform);
    }

    @AfterAll
    static void stop() {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            stripe.stop();
        }
    }

    @Test
    void aPaymentConfirmedInTheBrowserConfirmsTheBookingOnceStripeSaysItSucceeded() {
        String customer = Demo.token(platform, "customer@demo.boxoffice.org", password);
        String booking = Demo.holdJazz(platform, customer, 2);
        long cents = cents(booking, customer);
        String intent = intentFor(booking);

        JsonObject paying = Http.json(pay(booking, customer));

        JsonObject payment = paying.getJsonObject("payment");
        assertThat(payment.getString("status")).isEqualTo("REQUIRES_ACTION");
        assertThat(payment.getString("challenge")).isEqualTo("CONFIRM_IN_BROWSER");
        assertThat(payment.getString("method")).isEqualTo("CARD");
        assertThat(paying.getString("clientSecret"))
                .as("the client secret Stripe gave, for Stripe.js")
                .isEqualTo(intent + "_secret_ALlpPMIZse0ac8YzPxkMkFgGC");
        assertThat(paying.getJsonObject("booking").getString("status")).isEqualTo("HELD");

        String reference = "payment-" + payment.getString("id");
        LoggedRequest created = created(booking);
        assertThat(created.getHeader("Idempotency-Key"))
                .as("our reference is the idempotency key")
                .isEqualTo(reference);
        assertThat(created.getHeader("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
        assertThat(form(created))
                .containsEntry("amount", String.valueOf(cents))
                .containsEntry("currency", "eur")
                .containsEntry("metadata[reference]", reference)
                .containsEntry("payment_method_types[0]", "card")
                .doesNotContainKeys("payment_method_types[1]", "automatic_payment_methods[enabled]", "confirm");

        // the Payment Element confirmed it in the customer's browser: Stripe now says it succeeded
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + intent))
                .willReturn(okJson(intent("payment_intent_succeeded", SUCCEEDED, intent, reference, cents))));
        HttpResponse<String> completed = answer(booking, customer);

        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        JsonObject paid = Http.json(completed);
        assertThat(paid.getJsonObject("payment").getString("status")).isEqualTo("SUCCEEDED");
        assertThat(paid.getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");
        assertThat(paid.getJsonObject("booking").getJsonArray("tickets")).hasSize(2);
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent)));
        JsonObject read = Http.json(Http.getWithToken(platform.uri("/api/v1/bookings/" + booking), customer));
        assertThat(read.getString("status")).isEqualTo("CONFIRMED");
        assertThat(read.getJsonArray("tickets")).hasSize(2);
    }

    @Test
    void aDeclinedPaymentLeavesTheBookingHeldAndPayableAgain() {
        String customer = Demo.token(platform, "customer@demo.boxoffice.org", password);
        String booking = Demo.holdJazz(platform, customer, 1);
        long cents = cents(booking, customer);
        String intent = intentFor(booking);
        JsonObject first = Http.json(pay(booking, customer)).getJsonObject("payment");
        String reference = "payment-" + first.getString("id");

        // the card was declined in the browser (insufficient funds): the intent waits for another method
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + intent))
                .willReturn(okJson(intent("payment_intent_declined", DECLINED, intent, reference, cents))));
        HttpResponse<String> completed = answer(booking, customer);

        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        JsonObject declined = Http.json(completed);
        assertThat(declined.getJsonObject("payment").getString("status")).isEqualTo("DECLINED");
        assertThat(declined.getJsonObject("payment").getString("declineCode")).isEqualTo("insufficient_funds");
        assertThat(declined.getJsonObject("booking").getString("status")).isEqualTo("HELD");
        assertThat(declined.getJsonObject("booking").getJsonArray("tickets")).isEmpty();
        // nothing waits any more: the customer is told so, and pays again
        Api.assertProblem(answer(booking, customer), 409, "payment.none-waiting");

        HttpResponse<String> again = pay(booking, customer);

        JsonObject retry = Http.json(again).getJsonObject("payment");
        assertThat(retry.getString("status")).isEqualTo("REQUIRES_ACTION");
        assertThat(retry.getString("id")).isNotEqualTo(first.getString("id"));
        assertThat(stripe
                        .findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                                .withRequestBody(matching(description(booking))))
                        .stream()
                        .map(request -> request.getHeader("Idempotency-Key")))
                .as("a new attempt, under a new key")
                .containsExactly(reference, "payment-" + retry.getString("id"));
    }

    @Test
    void aSignedPaymentIntentSucceededWebhookConfirmsABookingWhoseBrowserNeverReturned() {
        String customer = Demo.token(platform, "customer2@demo.boxoffice.org", password);
        String booking = Demo.holdJazz(platform, customer, 1);
        long cents = cents(booking, customer);
        String intent = intentFor(booking);
        JsonObject payment = Http.json(pay(booking, customer)).getJsonObject("payment");
        assertThat(payment.getString("status")).isEqualTo("REQUIRES_ACTION");
        String reference = "payment-" + payment.getString("id");
        String event = event(
                "evt_" + UUID.randomUUID().toString().replace("-", ""),
                "payment_intent.succeeded",
                intent("payment_intent_succeeded", SUCCEEDED, intent, reference, cents));

        HttpResponse<String> forged = webhook(event, signature(event, "whsec_someone_else", Instant.now()));
        Api.assertProblem(forged, 400, "payment.webhook-invalid");
        assertThat(status(booking, customer))
                .as("a forged event changes nothing")
                .isEqualTo("HELD");

        HttpResponse<String> delivered = webhook(event, signature(event, WEBHOOK_SECRET, Instant.now()));

        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        assertThat(Http.json(delivered).getString("received")).isEqualTo("APPLIED");
        JsonObject read = Http.json(Http.getWithToken(platform.uri("/api/v1/bookings/" + booking), customer));
        assertThat(read.getString("status")).isEqualTo("CONFIRMED");
        assertThat(read.getJsonArray("tickets")).hasSize(1);
        assertThat(Http.json(Http.getWithToken(platform.uri("/api/v1/payments"), customer))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(paid -> paid.getString("bookingId").equals(booking))
                        .map(paid -> paid.getString("status")))
                .containsExactly("SUCCEEDED");
        stripe.verify(0, getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent)));

        HttpResponse<String> redelivered = webhook(event, signature(event, WEBHOOK_SECRET, Instant.now()));
        assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(200);
        assertThat(Http.json(redelivered).getString("received")).isEqualTo("DUPLICATE");
    }

    @Test
    void inTheBrowserPayGoesThroughStripeJsAndComesBackToTheConfirmedBooking() {
        String email = "customer2@demo.boxoffice.org";
        String customer = Demo.token(platform, email, password);
        String booking = Demo.holdJazz(platform, customer, 1);
        long cents = cents(booking, customer);
        String intent = intentFor(booking);
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + intent))
                .willReturn(okJson(intent("payment_intent_succeeded", SUCCEEDED, intent, "payment-0", cents))));

        HttpResponse<String> page = Http.get(platform.uri("/account/sign-in.xhtml"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .as("scripts from Stripe.js's origin, here the stand-in's")
                .contains("script-src 'self' " + stripe.baseUrl() + " ")
                .doesNotContain("js.stripe.com");

        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, platform.baseUri(), email, password, "/my/booking.xhtml?id=" + booking);
            Browser.waitFor(browser, By.id("pay:pay"));
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Held, not paid yet");
            assertNoCardFields(browser);

            browser.findElement(By.id("pay:pay")).click();

            WebElement confirm =
                    Browser.await(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirmPayment")));
            WebElement element = browser.findElement(By.id("paymentElement"));
            assertThat(element.getAttribute("data-stand-in"))
                    .as("Stripe.js came from the stand-in and mounted the Payment Element")
                    .isEqualTo("payment");
            assertThat(element.getAttribute("data-publishable-key")).isEqualTo(PUBLISHABLE_KEY);
            assertThat(element.getAttribute("data-client-secret"))
                    .isEqualTo(intent + "_secret_ALlpPMIZse0ac8YzPxkMkFgGC");
            assertThat(browser.getCurrentUrl()).doesNotContain("secret");
            assertNoCardFields(browser);
            Browser.screenshot(browser, "stripe-payment-element");

            confirm.click();

            WebElement confirmation = Browser.waitFor(browser, By.id("confirmation"));
            assertThat(confirmation.getText()).contains("paid through our payment provider");
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Confirmed");
            assertThat(browser.findElement(By.id("tickets")).findElements(By.className("bo-ticket-code")))
                    .hasSize(1)
                    .allSatisfy(code -> assertThat(code.getText()).isNotBlank());
            assertThat(browser.getCurrentUrl())
                    .as("the page is shown again without Stripe's parameters")
                    .contains("/my/booking.xhtml?id=" + booking)
                    .doesNotContain("payment_intent");
            assertThat(browser.findElements(By.id("pay:pay"))).isEmpty();
            Browser.screenshot(browser, "stripe-payment-confirmed");
        } finally {
            browser.quit();
        }
        stripe.verify(getRequestedFor(urlEqualTo("/v3/")));
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent)));
        assertThat(form(created(booking))).containsEntry("payment_method_types[0]", "card");
        assertThat(status(booking, customer)).isEqualTo("CONFIRMED");
    }

    /** Stripe's Payment Element takes the card: the page has no field of its own for it. */
    private static void assertNoCardFields(WebDriver browser) {
        assertThat(browser.findElements(By.cssSelector(
                        "input[id$='cardNumber'], input[id$='expiry'], input[id$='cvc'], input[autocomplete^='cc-']")))
                .isEmpty();
    }

    /**
     * The stand-in creates the booking's PaymentIntent, waiting for the browser, under an id of its
     * own: the id.
     */
    private static String intentFor(String booking) {
        String intent =
                "pi_3Boxoffice" + booking + "x" + UUID.randomUUID().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withRequestBody(matching(description(booking)))
                .willReturn(okJson(intent("payment_intent_requires_payment_method", CREATED, intent, "payment-0", 0))));
        return intent;
    }

    /** The form of a PaymentIntent of the booking, as the platform describes it ("boxoffice booking 12"). */
    private static String description(String booking) {
        return ".*(^|&)description=boxoffice(\\+|%20)booking(\\+|%20)" + booking + "(&|$).*";
    }

    /** The one request that created the booking's PaymentIntent. */
    private static LoggedRequest created(String booking) {
        List<LoggedRequest> created = stripe.findAll(
                postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(matching(description(booking))));
        assertThat(created).hasSize(1);
        return created.get(0);
    }

    /** A fixture's PaymentIntent as this test's: its id (and client secret), reference and amount. */
    private static String intent(String fixture, String fixtureId, String id, String reference, long cents) {
        return resource(fixture + ".json")
                .replace(fixtureId, id)
                .replace("\"payment-7\"", "\"" + reference + "\"")
                .replace("\"amount\": 2000", "\"amount\": " + cents)
                .replace("\"amount_received\": 2000", "\"amount_received\": " + cents);
    }

    /** An event as Stripe sends it, around one object. */
    private static String event(String id, String type, String object) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "2025-08-27.basil",
                  "created": %d,
                  "data": {"object": %s},
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }
                """.formatted(id, Instant.now().getEpochSecond(), object, type);
    }

    /**
     * Stripe's {@code Stripe-Signature} ({@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload">}),
     * made by {@link WebhookSignature}, which StripeWebhookTest shows to sign as Stripe does.
     */
    private static String signature(String payload, String secret, Instant at) {
        return new WebhookSignature("stripe", secret, Duration.ofMinutes(5)).sign(payload, at);
    }

    private static HttpResponse<String> webhook(String payload, String signature) {
        return Http.postJson(platform.uri("/api/v1/payments/webhooks/stripe"), payload, "Stripe-Signature", signature);
    }

    private static HttpResponse<String> pay(String booking, String customer) {
        HttpResponse<String> paid = Http.postJson(
                platform.uri("/api/v1/bookings/" + booking + "/payment"),
                BROWSER_CONFIRMS,
                "Authorization",
                "Bearer " + customer);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        return paid;
    }

    /** The customer's browser says it confirmed: the platform asks Stripe how the payment stands. */
    private static HttpResponse<String> answer(String booking, String customer) {
        return Http.postJson(
                platform.uri("/api/v1/bookings/" + booking + "/payment/challenge"),
                "{\"answer\":\"confirmed\"}",
                "Authorization",
                "Bearer " + customer);
    }

    private static String status(String booking, String customer) {
        return Http.json(Http.getWithToken(platform.uri("/api/v1/bookings/" + booking), customer))
                .getString("status");
    }

    /** The booking's total in cents, as Stripe counts euros. */
    private static long cents(String booking, String customer) {
        JsonObject total = Http.json(Http.getWithToken(platform.uri("/api/v1/bookings/" + booking), customer))
                .getJsonObject("total");
        assertThat(total.getString("currency")).isEqualTo("EUR");
        return new BigDecimal(total.getString("amount")).movePointRight(2).longValueExact();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static String resource(String name) {
        try (InputStream in = StripeCheckoutIT.class.getResourceAsStream("/stripe/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource stripe/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
