package org.boxoffice.payment.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.platform.entity.Money;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway to the built-in test provider, over HTTP as to a real one: {@code POST
 * {url}/charges}, {@code POST {url}/charges/{id}/completion}, {@code POST {url}/charges/{id}/refunds},
 * JSON both ways, our reference as the {@code Idempotency-Key}. The provider itself is served by the
 * platform ({@code /api/test-provider/v1}, see docs/booking.md for its test cards) unless {@code
 * boxoffice.payment.test-provider-url} points elsewhere. Waits at most {@code
 * boxoffice.payment.timeout-ms} (10 s) for an answer. {@link PaymentGateways} chooses it unless
 * another provider is configured.
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

    private HttpClient http;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(Math.max(100, timeoutMillis)))
                .build();
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
                .add("description", description);
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

    @Override
    public String refund(String providerReference, Money amount, String reference) {
        JsonObject body = Json.createObjectBuilder()
                .add("amount", amount.amount().toPlainString())
                .add("currency", amount.currency().getCurrencyCode())
                .build();
        JsonObject refund = post("/charges/" + providerReference + "/refunds", body, reference);
        if (!"succeeded".equals(refund.getString("status", ""))) {
            throw new PaymentProviderException(provider(), "refund " + refund);
        }
        return refund.getString("id");
    }

    @Override
    public ProviderEvent event(String payload, Function<String, String> header) {
        throw new InvalidWebhookException(provider(), "the test provider sends no webhooks");
    }

    @Override
    public List<ProviderRecord> records(Instant from, Instant to) {
        throw new PaymentProviderException(provider(), "the test provider lists no records");
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofMillis(Math.max(100, timeoutMillis)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
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
