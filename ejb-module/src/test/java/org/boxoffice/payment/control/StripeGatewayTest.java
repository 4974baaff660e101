package org.boxoffice.payment.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.payment.control.PaymentGateway.Outcome;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.payment.control.PaymentGateway.RecordKind;
import org.boxoffice.payment.control.PaymentGateway.RefundOutcome;
import org.boxoffice.payment.control.PaymentGateway.Result;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StripeGateway} over real HTTP against a stand-in for Stripe's API (WireMock) that answers
 * with the JSON of Stripe's API reference (src/test/resources/stripe): what is sent (form fields,
 * the Idempotency-Key, the API key) and how the answers read.
 */
class StripeGatewayTest {

    private static final String RETURN_URL = "https://tickets.example.org/my/bookings.xhtml";

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

    private StripeGateway gateway(long timeoutMillis) {
        return new StripeGateway(new StripeSettings(
                "sk_test_51Boxoffice",
                "pk_test_51Boxoffice",
                "whsec_test",
                stripe.baseUrl(),
                timeoutMillis,
                300,
                RETURN_URL));
    }

    private StripeGateway gateway() {
        return gateway(5_000);
    }

    @Test
    void aPaymentMethodFromTheBrowserIsConfirmedAtOnce() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(okJson(json("payment_intent_succeeded"))));

        Outcome outcome = gateway()
                .charge(
                        "payment-7",
                        Money.of("20.00", "EUR"),
                        PaymentDetails.wallet("pm_card_visa"),
                        "boxoffice booking 42");

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.providerReference()).isEqualTo("pi_3MtwBwLkdIwHu7ix28a3tqPa");
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk_test_51Boxoffice");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("payment-7");
        assertThat(form(request))
                .containsEntry("amount", "2000")
                .containsEntry("currency", "eur")
                .containsEntry("description", "boxoffice booking 42")
                .containsEntry("metadata[reference]", "payment-7")
                .containsEntry("payment_method_types[0]", "card")
                .containsEntry("payment_method", "pm_card_visa")
                .containsEntry("confirm", "true")
                .containsEntry("return_url", RETURN_URL);
        assertThat(form(request).keySet()).allSatisfy(key -> assertThat(key).doesNotStartWith("metadata[email"));
    }

    @Test
    void withoutAPaymentMethodTheIntentWaitsForTheBrowserWithItsClientSecret() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(okJson(json("payment_intent_requires_payment_method"))));

        Outcome outcome = gateway().charge("payment-8", Money.of("20.00", "EUR"), null, "boxoffice booking 43");

        assertThat(outcome.result()).isEqualTo(Result.REQUIRES_ACTION);
        assertThat(outcome.providerReference()).isEqualTo("pi_3MtweELkdIwHu7ix0Dt0gF2H");
        assertThat(outcome.challenge()).isEqualTo(StripeGateway.CONFIRM_IN_BROWSER);
        assertThat(outcome.clientSecret()).isEqualTo("pi_3MtweELkdIwHu7ix0Dt0gF2H_secret_ALlpPMIZse0ac8YzPxkMkFgGC");
        assertThat(form(onlyRequest()))
                .containsEntry("automatic_payment_methods[enabled]", "true")
                .doesNotContainKeys("confirm", "payment_method", "return_url");
    }

    @Test
    void detailsConfirmedInTheBrowserLeaveTheIntentToThePaymentElementAndCompleteWhenItSucceeded() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(okJson(json("payment_intent_requires_payment_method"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3MtweELkdIwHu7ix0Dt0gF2H"))
                .willReturn(okJson(json("payment_intent_succeeded"))));
        StripeGateway gateway = gateway();
        PaymentDetails details = PaymentDetails.confirmedByProvider(PaymentMethod.CARD);
        details.check(java.time.YearMonth.of(2026, 12));

        assertThat(gateway.confirmsInBrowser()).isTrue();
        assertThat(gateway.publishableKey()).isEqualTo("pk_test_51Boxoffice");

        Outcome outcome = gateway.charge("payment-81", Money.of("20.00", "EUR"), details, "boxoffice booking 43");

        assertThat(outcome.result()).isEqualTo(Result.REQUIRES_ACTION);
        assertThat(outcome.challenge()).isEqualTo(StripeGateway.CONFIRM_IN_BROWSER);
        assertThat(outcome.clientSecret()).isEqualTo("pi_3MtweELkdIwHu7ix0Dt0gF2H_secret_ALlpPMIZse0ac8YzPxkMkFgGC");
        LoggedRequest created = onlyRequest();
        assertThat(created.getHeader("Idempotency-Key")).isEqualTo("payment-81");
        assertThat(form(created))
                .containsEntry("metadata[reference]", "payment-81")
                .containsEntry("payment_method_types[0]", "card")
                .doesNotContainKeys(
                        "payment_method_types[1]",
                        "automatic_payment_methods[enabled]",
                        "confirm",
                        "payment_method",
                        "return_url");

        // the Payment Element confirmed it in the browser: completing asks Stripe how it stands
        Outcome completed = gateway.complete(outcome.providerReference(), null);

        assertThat(completed.result()).isEqualTo(Result.SUCCEEDED);
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_3MtweELkdIwHu7ix0Dt0gF2H")));
    }

    @Test
    void theIntentOffersOnlyTheMethodChosenOnOurPage() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(okJson(json("payment_intent_requires_payment_method"))));
        StripeGateway gateway = gateway();

        gateway.charge(
                "payment-83",
                Money.of("20.00", "EUR"),
                PaymentDetails.confirmedByProvider(PaymentMethod.PAYPAL),
                "boxoffice booking 45");
        gateway.charge(
                "payment-84",
                Money.of("20.00", "EUR"),
                PaymentDetails.confirmedByProvider(PaymentMethod.WALLET),
                "boxoffice booking 46");

        List<LoggedRequest> created = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
        assertThat(created).hasSize(2);
        assertThat(created.get(0).getHeader("Idempotency-Key")).isEqualTo("payment-83");
        assertThat(form(created.get(0)))
                .as("PayPal only")
                .containsEntry("payment_method_types[0]", "paypal")
                .doesNotContainKeys("payment_method_types[1]", "automatic_payment_methods[enabled]");
        // Apple Pay and Google Pay are cards at Stripe: the Payment Element shows them with the card
        assertThat(form(created.get(1)))
                .as("a wallet")
                .containsEntry("payment_method_types[0]", "card")
                .doesNotContainKeys("payment_method_types[1]", "automatic_payment_methods[enabled]");
    }

    @Test
    void aPaymentMethodConfirmedAtOnceComesBackToTheBookingsOwnPage() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(okJson(json("payment_intent_succeeded"))));

        gateway()
                .charge(
                        "payment-82",
                        Money.of("20.00", "EUR"),
                        PaymentDetails.wallet("pm_card_visa"),
                        "boxoffice booking 44",
                        "https://tickets.example.org/my/booking.xhtml?id=44");

        assertThat(form(onlyRequest()))
                .containsEntry("return_url", "https://tickets.example.org/my/booking.xhtml?id=44");
    }

    @Test
    void aDeclinedCardIsDeclinedWithStripesDeclineCode() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withStatus(402)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error_card_declined"))));

        Outcome outcome = gateway()
                .charge(
                        "payment-9",
                        Money.of("20.00", "EUR"),
                        PaymentDetails.wallet("pm_card_visa_chargeDeclinedInsufficientFunds"),
                        "b");

        assertThat(outcome.result()).isEqualTo(Result.DECLINED);
        assertThat(outcome.declineCode()).isEqualTo("insufficient_funds");
        assertThat(outcome.providerReference()).isEqualTo("pi_3MtxD4LkdIwHu7ix0aF7yZk1");
        assertThat(stripe.getAllServeEvents()).hasSize(1); // a decline is an answer: not tried again
    }

    @Test
    void threeDSecureRequiresActionInTheBrowserAndCompletesOnceConfirmed() {
        stripe.stubFor(
                post(urlEqualTo("/v1/payment_intents")).willReturn(okJson(json("payment_intent_requires_action"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3Mtx0ULkdIwHu7ix1jP7uM9n"))
                .willReturn(okJson(json("payment_intent_succeeded"))));
        StripeGateway gateway = gateway();

        Outcome outcome = gateway.charge(
                "payment-10", Money.of("20.00", "EUR"), PaymentDetails.wallet("pm_card_threeDSecure2Required"), "b");

        assertThat(outcome.result()).isEqualTo(Result.REQUIRES_ACTION);
        assertThat(outcome.challenge()).isEqualTo("3DS");
        assertThat(outcome.clientSecret()).startsWith("pi_3Mtx0ULkdIwHu7ix1jP7uM9n_secret_");

        Outcome completed = gateway.complete(outcome.providerReference(), null);

        assertThat(completed.result()).isEqualTo(Result.SUCCEEDED);
        stripe.verify(1, getRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_3Mtx0ULkdIwHu7ix1jP7uM9n")));
    }

    @Test
    void anIntentWhoseConfirmationFailedCompletesAsDeclined() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3MtxD4LkdIwHu7ix0aF7yZk1"))
                .willReturn(okJson(json("payment_intent_declined"))));

        Outcome outcome = gateway().complete("pi_3MtxD4LkdIwHu7ix0aF7yZk1", "");

        assertThat(outcome.result()).isEqualTo(Result.DECLINED);
        assertThat(outcome.declineCode()).isEqualTo("insufficient_funds");
    }

    @Test
    void aRateLimitIsAProviderFailure() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error_rate_limit"))));

        assertThatThrownBy(() -> gateway().charge("payment-11", Money.of("20.00", "EUR"), null, "b"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.reason())
                        .contains("rate limited", "429")
                        .doesNotContain("sk_test_51Boxoffice"));
    }

    @Test
    void aServerErrorIsTriedAgainWithTheSameIdempotencyKey() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error_api")))
                .willSetStateTo("recovered"));
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(json("payment_intent_succeeded"))));

        Outcome outcome =
                gateway().charge("payment-12", Money.of("20.00", "EUR"), PaymentDetails.wallet("pm_card_visa"), "b");

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        List<LoggedRequest> requests = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
        assertThat(requests).hasSize(2);
        assertThat(requests)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly("payment-12");
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
    }

    @Test
    void aServerErrorThatLastsIsAProviderFailureAfterThreeTries() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error_api"))));

        assertThatThrownBy(() -> gateway().charge("payment-13", Money.of("20.00", "EUR"), null, "b"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.reason())
                        .contains("500"));
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))))
                .hasSize(1 + StripeGateway.NETWORK_RETRIES)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly("payment-13");
    }

    @Test
    void aSlowStripeIsAProviderFailureWithinBoundedTime() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(okJson(json("payment_intent_succeeded")).withFixedDelay(3_000)));
        long started = System.nanoTime();

        assertThatThrownBy(() -> gateway(300).charge("payment-14", Money.of("20.00", "EUR"), null, "b"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.reason())
                        .contains("no answer"));

        // three tries of 300 ms each and the SDK's pauses between them (0.5 s, then up to 1 s)
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))))
                .hasSize(1 + StripeGateway.NETWORK_RETRIES)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly("payment-14");
    }

    @Test
    void aCardNumberIsRefusedBeforeAnythingIsSent() {
        PaymentDetails card = PaymentDetails.card("4242 4242 4242 4242", "12/34", "123");

        assertThatThrownBy(() -> gateway().charge("payment-15", Money.of("20.00", "EUR"), card, "b"))
                .isInstanceOfSatisfying(InvalidPaymentException.class, e -> assertThat(e.code())
                        .isEqualTo("payment.invalid.card-data"));
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void amountsGoInTheCurrencysMinorUnits() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(okJson(json("payment_intent_requires_payment_method"))));
        StripeGateway gateway = gateway();

        gateway.charge("payment-eur", Money.of("12.34", "EUR"), null, "b");
        gateway.charge("payment-jpy", Money.of("1500", "JPY"), null, "b");
        gateway.charge("payment-kwd", Money.of("5.120", "KWD"), null, "b");
        gateway.charge("payment-isk", Money.of("4990", "ISK"), null, "b");

        Map<String, Map<String, String>> sent = new LinkedHashMap<>();
        for (LoggedRequest request : stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")))) {
            sent.put(request.getHeader("Idempotency-Key"), form(request));
        }
        assertThat(sent.get("payment-eur")).containsEntry("amount", "1234").containsEntry("currency", "eur");
        assertThat(sent.get("payment-jpy")).containsEntry("amount", "1500").containsEntry("currency", "jpy");
        assertThat(sent.get("payment-kwd")).containsEntry("amount", "5120").containsEntry("currency", "kwd");
        // Stripe keeps two decimals for the króna, whole krónur only
        assertThat(sent.get("payment-isk")).containsEntry("amount", "499000").containsEntry("currency", "isk");
    }

    @Test
    void minorUnitsReadBackExactly() {
        assertThat(StripeGateway.money(1234, "eur")).isEqualTo(Money.of("12.34", "EUR"));
        assertThat(StripeGateway.money(1500, "jpy")).isEqualTo(Money.of("1500", "JPY"));
        assertThat(StripeGateway.money(5125, "kwd")).isEqualTo(Money.of("5.125", "KWD"));
        assertThat(StripeGateway.money(-750, "eur")).isEqualTo(Money.of("7.50", "EUR"));
        assertThat(StripeGateway.money(499000, "isk")).isEqualTo(Money.of("4990", "ISK"));
        assertThat(StripeGateway.minorUnits(Money.of("0.01", "EUR"))).isEqualTo(1);
        assertThat(StripeGateway.minorUnits(Money.of("99999999.99", "EUR"))).isEqualTo(9_999_999_999L);
    }

    @Test
    void aPartialRefundSendsItsAmountInMinorUnits() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(okJson(json("refund_succeeded"))));

        RefundOutcome refund = gateway().refund("pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("7.50", "EUR"), "refund-7");

        assertThat(refund).isEqualTo(RefundOutcome.succeeded("re_3MtwBwLkdIwHu7ix0bYC0Ol2"));
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("refund-7");
        assertThat(form(request))
                .containsEntry("payment_intent", "pi_3MtwBwLkdIwHu7ix28a3tqPa")
                .containsEntry("amount", "750")
                .containsEntry("metadata[reference]", "refund-7");
    }

    @Test
    void aRefundStripeHasNotCarriedOutYetIsPending() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(okJson(json("refund_pending"))));

        RefundOutcome pending = gateway().refund("pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("7.50", "EUR"), "refund-10");

        assertThat(pending.succeeded())
                .as("pending: the money has not gone back")
                .isFalse();
        assertThat(pending.providerReference()).isEqualTo("re_3MtwBwLkdIwHu7ix0pEnd1ng");
        assertThat(onlyRequest().getHeader("Idempotency-Key")).isEqualTo("refund-10");
    }

    @Test
    void aRefundThatWaitsForTheCustomerIsPending() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(okJson(json("refund_requires_action"))));

        RefundOutcome waiting = gateway().refund("pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("7.50", "EUR"), "refund-11");

        assertThat(waiting).isEqualTo(RefundOutcome.pending("re_3MtwBwLkdIwHu7ix0rEqAct1"));
    }

    @Test
    void aFailedRefundIsAProviderFailure() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(okJson(json("refund_failed"))));

        assertThatThrownBy(() -> gateway().refund("pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("7.50", "EUR"), "refund-8"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.reason())
                        .contains("failed", "expired_or_canceled_card"));
    }

    @Test
    void aRefundOfMoreThanIsLeftIsAProviderFailureWithStripesReason() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error_refund_amount"))));

        assertThatThrownBy(() -> gateway().refund("pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("25.00", "EUR"), "refund-9"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.reason())
                        .contains("400", "amount_too_large"));
        assertThat(stripe.getAllServeEvents()).hasSize(1);
    }

    @Test
    void recordsAreReadPageByPage() {
        stripe.stubFor(get(urlPathEqualTo("/v1/balance_transactions"))
                .withQueryParam("starting_after", absent())
                .willReturn(okJson(json("balance_transactions_page1"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/balance_transactions"))
                .withQueryParam("starting_after", equalTo("txn_3MtwBwLkdIwHu7ix0q1kP2mS"))
                .willReturn(okJson(json("balance_transactions_page2"))));
        Instant from = Instant.parse("2026-01-01T10:00:00Z");
        Instant to = Instant.parse("2026-01-02T10:00:00Z");

        List<ProviderRecord> records = gateway().records(from, to);

        assertThat(records)
                .containsExactly(
                        new ProviderRecord(
                                RecordKind.CHARGE,
                                "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                                "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                                "payment-7",
                                Money.of("20.00", "EUR"),
                                Money.of("0.59", "EUR"),
                                Instant.ofEpochSecond(1767261600)),
                        new ProviderRecord(
                                RecordKind.REFUND,
                                "re_3MtwBwLkdIwHu7ix0bYC0Ol2",
                                "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                                null,
                                Money.of("7.50", "EUR"),
                                Money.of("0.00", "EUR"),
                                Instant.ofEpochSecond(1767265200)),
                        new ProviderRecord(
                                RecordKind.CHARGE,
                                "pi_3MuAa1LkdIwHu7ix1kG4pLbT",
                                "pi_3MuAa1LkdIwHu7ix1kG4pLbT",
                                "payment-8",
                                Money.of("45.50", "EUR"),
                                Money.of("1.57", "EUR"),
                                Instant.ofEpochSecond(1767268800)));
        List<LoggedRequest> requests = stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/balance_transactions")));
        assertThat(requests).hasSize(2);
        for (LoggedRequest request : requests) {
            assertThat(request.queryParameter("created[gte]").firstValue())
                    .isEqualTo(String.valueOf(from.getEpochSecond()));
            assertThat(request.queryParameter("created[lt]").firstValue())
                    .isEqualTo(String.valueOf(to.getEpochSecond()));
            assertThat(request.queryParameter("expand[0]").firstValue()).isEqualTo("data.source");
        }
    }

    /**
     * Our reference comes from the metadata of the charge in the expanded source, which Stripe
     * copied from the PaymentIntent: it names the attempt whose answer, with the PaymentIntent's
     * id, may never have arrived. A charge made outside the platform carries none.
     */
    @Test
    void aChargeCarriesOurReferenceFromItsExpandedSource() {
        stripe.stubFor(get(urlPathEqualTo("/v1/balance_transactions"))
                .willReturn(okJson(json("balance_transactions_references"))));

        List<ProviderRecord> records =
                gateway().records(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T10:00:00Z"));

        assertThat(records)
                .containsExactly(
                        new ProviderRecord(
                                RecordKind.CHARGE,
                                "pi_3NaLstLkdIwHu7ix1Ke5Lm8n",
                                "pi_3NaLstLkdIwHu7ix1Ke5Lm8n",
                                "payment-12",
                                Money.of("35.50", "EUR"),
                                Money.of("0.80", "EUR"),
                                Instant.ofEpochSecond(1767283200)),
                        new ProviderRecord(
                                RecordKind.CHARGE,
                                "pi_3NaMnoLkdIwHu7ix1Lp0Ok9i",
                                "pi_3NaMnoLkdIwHu7ix1Lp0Ok9i",
                                null,
                                Money.of("10.00", "EUR"),
                                Money.of("0.40", "EUR"),
                                Instant.ofEpochSecond(1767286800)));
        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/balance_transactions")))
                        .get(0)
                        .queryParameter("expand[0]")
                        .firstValue())
                .as("the sources, with their metadata, come with the list")
                .isEqualTo("data.source");
    }

    @Test
    void recordsThatCannotBeReadAreAProviderFailure() {
        stripe.stubFor(get(urlPathEqualTo("/v1/balance_transactions"))
                .withQueryParam("starting_after", absent())
                .willReturn(okJson(json("balance_transactions_page1"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/balance_transactions"))
                .withQueryParam("starting_after", equalTo("txn_3MtwBwLkdIwHu7ix0q1kP2mS"))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error_rate_limit"))));

        assertThatThrownBy(() ->
                        gateway().records(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T10:00:00Z")))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.reason())
                        .contains("429"));
    }

    @Test
    void keysAndCardNumbersStayOutOfTheLog() {
        assertThat(StripeGateway.clean("Invalid API Key provided: sk_test_51Boxoffice"))
                .isEqualTo("Invalid API Key provided: ***");
        assertThat(StripeGateway.clean("card 4242 4242 4242 4242 refused")).doesNotContain("4242 4242");
    }

    private LoggedRequest onlyRequest() {
        assertThat(stripe.getAllServeEvents()).hasSize(1);
        return stripe.getAllServeEvents().get(0).getRequest();
    }

    /** The form fields of a request, as Stripe reads them ({@code metadata[reference]} ...). */
    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    static String json(String name) {
        try (InputStream in = StripeGatewayTest.class.getResourceAsStream("/stripe/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource stripe/" + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
