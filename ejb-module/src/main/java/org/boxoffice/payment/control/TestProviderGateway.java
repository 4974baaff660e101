package org.boxoffice.payment.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.platform.entity.Money;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway to the built-in test provider, over HTTP as to a real one: {@code POST
 * {url}/charges}, {@code POST {url}/charges/{id}/completion}, {@code POST {url}/charges/{id}/refunds},
 * JSON both ways, our reference as the {@code Idempotency-Key}; {@code GET {url}/charges} and {@code
 * GET {url}/refunds} for the records of a period. The provider itself is served by the platform
 * ({@code /api/test-provider/v1}, see docs/booking.md for its test cards) unless {@code
 * boxoffice.payment.test-provider-url} points elsewhere. Waits at most {@code
 * boxoffice.payment.timeout-ms} (10 s) for an answer. Its webhooks are signed as Stripe's, in the
 * header {@code Boxoffice-Signature}, with {@code boxoffice.payment.test-provider.webhook-secret},
 * and accepted within {@code boxoffice.payment.test-provider.webhook-tolerance-seconds} (300).
 * {@link PaymentGateways} chooses it unless another provider is configured.
 */
@ApplicationScoped
@Typed(TestProviderGateway.class)
public class TestProviderGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(TestProviderGateway.class.getName());

    @Inject
    @ConfigProperty(
            name = "boxoffice.payment.test-provider-url",
            defaultValue = "http://localhost:8080/api/test-provider/v1")
    String url;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.webhook-tolerance-seconds", defaultValue = "300")
    long webhookToleranceSeconds;

    /** The header of the test provider's webhook signatures. */
    public static final String SIGNATURE_HEADER = "Boxoffice-Signature";

    /** The most records one page of the provider's lists holds. */
    static final int PAGE = 1000;

    private HttpClient http;

    private WebhookSignature signature;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(Math.max(100, timeoutMillis)))
                .build();
        signature = new WebhookSignature(
                provider(), webhookSecret.orElse(null), Duration.ofSeconds(Math.max(1, webhookToleranceSeconds)));
    }

    @Override
    public String provider() {
        return "test";
    }

    @Override
    public Outcome charge(String reference, Money amount, PaymentDetails details, String description) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", amount.amount().toPlainString())
                .add("currency", amount.currency().getCurrencyCode())
                .add("method", details.method().name())
                .add("description", description)
                .add("reference", reference);
        switch (details.method()) {
            case CARD ->
                body.add(
                        "card",
                        Json.createObjectBuilder()
                                .add("number", details.digits())
                                .add("expiry", details.cardExpiry().strip())
                                .add("cvc", details.cardCvc().strip()));
            case PAYPAL -> body.add("payerEmail", details.payerEmail().strip());
            case WALLET -> body.add("walletToken", details.walletToken().strip());
        }
        return outcome(post("/charges", body.build(), reference));
    }

    @Override
    public Outcome complete(String providerReference, String answer) {
        JsonObject body = Json.createObjectBuilder()
                .add("answer", answer == null ? "" : answer)
                .build();
        return outcome(post("/charges/" + providerReference + "/completion", body, providerReference + "-completion"));
    }

    /**
     * Nothing to do: the test provider completes a charge that waits for the customer only when the
     * platform sends the customer's answer, and the platform sends none for an attempt it gave up.
     */
    @Override
    public void cancel(String providerReference) {
        // nothing can pay it any more
    }

    /** The test provider gives the money back at once: a refund it answers has succeeded. */
    @Override
    public RefundOutcome refund(String providerReference, Money amount, String reference) {
        JsonObject body = Json.createObjectBuilder()
                .add("amount", amount.amount().toPlainString())
                .add("currency", amount.currency().getCurrencyCode())
                .build();
        JsonObject refund = post("/charges/" + providerReference + "/refunds", body, reference);
        if (!"succeeded".equals(refund.getString("status", ""))) {
            throw new PaymentProviderException(provider(), "refund " + refund);
        }
        return RefundOutcome.succeeded(refund.getString("id"));
    }

    @Override
    public ProviderEvent event(String payload, Function<String, String> header) {
        signature.verify(payload, header.apply(SIGNATURE_HEADER), Instant.now());
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject event = reader.readObject();
            JsonObject object = event.getJsonObject("data").getJsonObject("object");
            EventType type =
                    switch (event.getString("type")) {
                        case "charge.succeeded" -> EventType.CHARGE_SUCCEEDED;
                        case "charge.failed" -> EventType.CHARGE_FAILED;
                        case "refund.succeeded" -> EventType.REFUND_SUCCEEDED;
                        default -> EventType.OTHER;
                    };
            boolean refund = type == EventType.REFUND_SUCCEEDED;
            return new ProviderEvent(
                    event.getString("id"),
                    type,
                    refund ? object.getString("charge") : object.getString("id"),
                    object.getString("reference", null),
                    object.containsKey("amount")
                            ? Money.of(object.getString("amount"), object.getString("currency"))
                            : null,
                    refund ? object.getString("id") : null,
                    object.getString("decline_code", null),
                    Instant.ofEpochSecond(event.getJsonNumber("created").longValueExact()));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            // signed by the provider, yet not an event as it writes them
            throw new InvalidWebhookException(provider(), "not an event of the test provider: " + e);
        } catch (ArithmeticException e) {
            throw new InvalidWebhookException(provider(), "an event whose time is not whole seconds");
        }
    }

    @Override
    public List<ProviderRecord> records(Instant from, Instant to) {
        List<ProviderRecord> records = new ArrayList<>();
        for (JsonObject charge : list("/charges", from, to)) {
            String status = charge.getString("status", "");
            // a charge refunded later was money taken all the same; its refunds are records of their own
            if (status.equals("succeeded") || status.equals("partially_refunded") || status.equals("refunded")) {
                records.add(new ProviderRecord(
                        RecordKind.CHARGE,
                        charge.getString("id"),
                        charge.getString("id"),
                        ourReference(charge),
                        money(charge),
                        null,
                        Instant.parse(charge.getString("created"))));
            }
        }
        for (JsonObject refund : list("/refunds", from, to)) {
            records.add(new ProviderRecord(
                    RecordKind.REFUND,
                    refund.getString("id"),
                    refund.getString("charge"),
                    null,
                    money(refund),
                    null,
                    Instant.parse(refund.getString("created"))));
        }
        return records;
    }

    /** Every item of a list of the provider for the period, page after page. */
    private List<JsonObject> list(String path, Instant from, Instant to) {
        List<JsonObject> items = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            String query = path + "?from=" + from + "&to=" + to + "&limit=" + PAGE
                    + (after == null ? "" : "&starting_after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            try {
                JsonObject page = get(query);
                List<JsonObject> found = page.getJsonArray("items").getValuesAs(JsonObject.class);
                items.addAll(found);
                more = page.getBoolean("has_more", false) && !found.isEmpty();
                after = found.isEmpty() ? after : found.get(found.size() - 1).getString("id");
            } catch (JsonException | ClassCastException | NullPointerException e) {
                throw failed(query + " answered an unexpected list: " + e, e);
            }
        }
        return items;
    }

    private Money money(JsonObject item) {
        try {
            return Money.of(item.getString("amount"), item.getString("currency"));
        } catch (IllegalArgumentException e) {
            throw failed("an amount that is not money: " + item, e);
        }
    }

    /** Our reference the charge was made with; null for one made without (the provider lists it empty). */
    private static String ourReference(JsonObject charge) {
        String reference = charge.getString("reference", "").strip();
        return reference.isEmpty() ? null : reference;
    }

    private static Outcome outcome(JsonObject charge) {
        String status = charge.getString("status", "");
        Result result =
                switch (status) {
                    case "succeeded" -> Result.SUCCEEDED;
                    case "declined" -> Result.DECLINED;
                    case "requires_action" -> Result.REQUIRES_ACTION;
                    default -> throw new PaymentProviderException("test", "unknown charge status " + status);
                };
        return new Outcome(
                result,
                charge.getString("id"),
                charge.getString("declineCode", null),
                charge.getString("challenge", null));
    }

    private JsonObject post(String path, JsonObject body, String idempotencyKey) {
        return send(
                path,
                HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofMillis(Math.max(100, timeoutMillis)))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build());
    }

    private JsonObject get(String path) {
        return send(
                path,
                HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofMillis(Math.max(100, timeoutMillis)))
                        .header("Accept", "application/json")
                        .GET()
                        .build());
    }

    private JsonObject send(String path, HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw failed(path + " answered " + response.statusCode() + ": " + response.body(), null);
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | JsonParsingException e) {
            throw failed(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(path + ": interrupted", e);
        }
    }

    private PaymentProviderException failed(String reason, Exception cause) {
        LOG.log(Level.WARNING, "payment provider " + url + " failed: " + reason, cause);
        return new PaymentProviderException(provider(), reason);
    }
}
