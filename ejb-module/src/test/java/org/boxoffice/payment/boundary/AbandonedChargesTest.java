package org.boxoffice.payment.boundary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.ejb.SessionContext;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.boxoffice.payment.control.StripeGateway;
import org.boxoffice.payment.control.StripeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PaymentIntents of attempts given up when their hold ended are cancelled at Stripe (a WireMock
 * server over real HTTP), after the expiry committed, and a Stripe that fails or cannot be reached
 * is logged and left: nothing is thrown back towards the expiry.
 */
class AbandonedChargesTest {

    private static final String CANCELLED = """
            {"id": "%s", "object": "payment_intent", "amount": 2000, "currency": "eur",
             "status": "canceled", "cancellation_reason": "abandoned", "metadata": {"reference": "payment-7"}}
            """;

    private WireMockServer stripe;

    @BeforeEach
    void start() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    @Test
    void theIntentsOfAnExpiredHoldAreCancelledAfterTheExpiryCommitted() {
        stubCancel("pi_3ExpiredHoldA");
        stubCancel("pi_3ExpiredHoldB");

        charges(stripe.baseUrl(), 5_000)
                .afterCommit(new ChargesAbandoned(List.of("pi_3ExpiredHoldA", "pi_3ExpiredHoldB")));

        for (String intent : List.of("pi_3ExpiredHoldA", "pi_3ExpiredHoldB")) {
            stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/cancel"))
                    .withHeader("Authorization", equalTo("Bearer sk_test_51Boxoffice"))
                    .withHeader("Idempotency-Key", equalTo(intent + "-cancel"))
                    .withRequestBody(containing("cancellation_reason=abandoned")));
        }
    }

    @Test
    void aStripeThatFailsIsLoggedAndTheOtherIntentsAreStillCancelled() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/pi_3Broken/cancel"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong\"}}")));
        stubCancel("pi_3Fine");

        assertThatCode(() -> charges(stripe.baseUrl(), 5_000).cancel(List.of("pi_3Broken", "pi_3Fine")))
                .doesNotThrowAnyException();

        // the SDK tried the 500 again with the same key, then gave up; the next intent was cancelled all the same
        stripe.verify(3, postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Broken/cancel")));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Fine/cancel")));
    }

    @Test
    void anIntentThatHasEndedAlreadyIsLeftAsItIs() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/pi_3Paid/cancel"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error": {"type": "invalid_request_error", "code": "payment_intent_unexpected_state",
                                 "message": "You cannot cancel this PaymentIntent because it has a status of succeeded."}}
                                """)));

        assertThatCode(() -> charges(stripe.baseUrl(), 5_000).cancel(List.of("pi_3Paid")))
                .doesNotThrowAnyException();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Paid/cancel")));
    }

    @Test
    void aStripeThatCannotBeReachedIsLoggedWithinBoundedTime() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Instant start = Instant.now();

        assertThatCode(() -> charges("http://localhost:" + closed, 1_000).cancel(List.of("pi_3Unreachable")))
                .doesNotThrowAnyException();

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    private void stubCancel(String intent) {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/" + intent + "/cancel"))
                .willReturn(okJson(CANCELLED.formatted(intent))));
    }

    /** The bean as the container makes it, its own business object being itself (no thread of its own here). */
    private static AbandonedCharges charges(String apiBase, long timeoutMillis) {
        AbandonedCharges charges = new AbandonedCharges();
        charges.gateway = new StripeGateway(new StripeSettings(
                "sk_test_51Boxoffice",
                "pk_test_51Boxoffice",
                "whsec_test",
                apiBase,
                timeoutMillis,
                300,
                "https://tickets.example.org/my/bookings.xhtml"));
        charges.context = (SessionContext) Proxy.newProxyInstance(
                AbandonedChargesTest.class.getClassLoader(),
                new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBusinessObject")) {
                        return charges;
                    }
                    // the bean needs nothing else of its context: a call of anything else fails the test
                    throw new UnsupportedOperationException(
                            "this test's SessionContext offers getBusinessObject only, not " + method.getName());
                });
        return charges;
    }
}
